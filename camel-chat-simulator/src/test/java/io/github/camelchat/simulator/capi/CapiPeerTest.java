package io.github.camelchat.simulator.capi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.simulator.NodePeer;
import io.github.camelchat.simulator.WebSocketTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer check: the npm package classic-bnet-javascript-api 1.0.6 (an independent encoder of the v3 request set) over
 * ws 8 against the simulator, through authenticate, connect and every request kind. Runs
 * src/test/node-capi/peer-check.js from a copy under target/, installed with npm ci.
 */
@Timeout(300)
class CapiPeerTest {

    private static final Path SOURCE = Path.of("src/test/node-capi");
    private static final Path WORK = Path.of("target/node-capi-peer");
    private static final String GIVE_UP = "timeout|usage|error|closed";

    private CapiSimulator sim;
    private NodePeer peer;

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void classicBnetJavascriptApiAgainstTheSimulator() throws Exception {
        Assumptions.assumeTrue(NodePeer.available(), "node not found: peer check skipped");
        NodePeer.npmCi(SOURCE, WORK, Duration.ofSeconds(240));

        // Eight chat requests in a few milliseconds: above the default limit of 5 per 10 s.
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults().rateLimit(20, Duration.ofSeconds(10)));
        BotAccount bot = sim.addBot("PeerBot", "Op Peer", UserFlag.MODERATOR);
        ChannelUser alice = sim.join(sim.user("Alice"));
        ChannelUser bob = sim.join(sim.user("Bob").withProgramId("D2DV"));
        ChannelUser carol = sim.join(sim.user("Carol").withProgramId("SEXP").withAttribute(ChannelUser.WINS, "7"));

        peer = NodePeer.start(WORK, "peer-check.js", Map.of(
                "CAPI_URL", sim.url(),
                "CAPI_KEY", bot.apiKey(),
                "CAPI_WHISPER_TO", "Alice",
                "CAPI_KICK", "Bob",
                "CAPI_BAN", "Carol",
                "CAPI_MOD", "Alice"));
        peer.awaitEvent("done", Duration.ofSeconds(90), GIVE_UP);
        assertThat(peer.awaitExit(Duration.ofSeconds(15))).as("node exits after done").isZero();
        peer.save(WORK.resolve("observed.jsonl"));
        List<JsonNode> observed = peer.observed();

        // What the package's client saw.
        assertThat(first(observed, "open").path("protocol").asText()).as("json echoed").isEqualTo("json");
        assertThat(first(observed, "package_readResponse_threw").path("message").asText())
                .as("readResponse reads status.area of a status-less success").contains("area");
        List<JsonNode> responses = of(observed, "response");
        assertThat(responses).extracting(r -> r.path("command").asText()).containsExactly(
                "Botapiauth.AuthenticateResponse", "Botapichat.SendMessageResponse", "Botapichat.ConnectResponse",
                "Botapichat.SendMessageResponse", "Botapichat.SendEmoteResponse", "Botapichat.SendWhisperResponse",
                "Botapichat.KickUserResponse", "Botapichat.BanUserResponse", "Botapichat.UnbanUserResponse",
                "Botapichat.SendSetModeratorResponse", "Botapichat.DisconnectResponse");
        assertThat(responses).extracting(r -> r.path("request_id").asInt())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(responses.get(0).path("type").asText()).isEqualTo("authenticate");
        assertThat(responses.get(1).path("area").asInt() + "/" + responses.get(1).path("code").asInt())
                .as("a message before connect").isEqualTo("8/1");
        assertThat(responses.get(1).path("statusPresent").asBoolean()).isTrue();
        assertThat(responses.stream().filter(r -> r != responses.get(1)))
                .allSatisfy(r -> assertThat(r.path("statusPresent").asBoolean()).as(r.toString()).isFalse());

        JsonNode listed = first(observed, "listed").path("users");
        assertThat(listed.path("Alice").asInt()).isEqualTo(alice.id());
        assertThat(listed.path("Bob").asInt()).isEqualTo(bob.id());
        assertThat(listed.path("Carol").asInt()).isEqualTo(carol.id());

        List<JsonNode> events = of(observed, "event");
        assertThat(events.subList(0, 6)).extracting(e -> e.path("type").asText() + ":"
                + e.path("payload").path("user_id").asText(e.path("payload").path("channel").asText()))
                .containsExactly("userUpdate:1", "connect:Op Peer", "userUpdate:" + alice.id(),
                        "userUpdate:" + bob.id(), "userUpdate:" + carol.id(), "userUpdate:1");
        assertThat(events.get(4).path("payload").path("attribute").get(0).path("value").asText())
                .as("attribute[0] is the ProgramId").isEqualTo("SEXP");
        assertThat(events).extracting(e -> e.path("payload").path("message").asText())
                .contains("waves", "Bob was kicked out of the channel by [B]peerbot.", "Carol was banned by [B]peerbot.",
                        "Carol was unbanned by [B]peerbot.")
                .doesNotContain("hello from classic-bnet-javascript-api", "psst from node");
        assertThat(events.get(events.size() - 1).path("type").asText()).isEqualTo("disconnect");
        assertThat(first(observed, "closed").path("code").asInt()).isEqualTo(1000);

        // What the simulator recorded: the package's frames, in order, and their effects.
        List<String> received = sim.received(bot);
        assertThat(received).extracting(f -> WebSocketTestClient.parse(f).path("command").asText()).containsExactly(
                "Botapiauth.AuthenticateRequest", "Botapichat.SendMessageRequest", "Botapichat.ConnectRequest",
                "Botapichat.SendMessageRequest", "Botapichat.SendEmoteRequest", "Botapichat.SendWhisperRequest",
                "Botapichat.KickUserRequest", "Botapichat.BanUserRequest", "Botapichat.UnbanUserRequest",
                "Botapichat.SendSetModeratorRequest", "Botapichat.DisconnectRequest");
        assertThat(WebSocketTestClient.parse(received.get(5)).path("payload").toString())
                .isEqualTo("{\"message\":\"psst from node\",\"user_id\":" + alice.id() + "}");
        assertThat(WebSocketTestClient.parse(received.get(8)).path("payload").toString())
                .isEqualTo("{\"toon_name\":\"Carol\"}");
        assertThat(sim.channelLog()).containsExactly(
                new ChannelLine("Op Peer", "[B]peerbot", MessageType.CHANNEL, "hello from classic-bnet-javascript-api"),
                new ChannelLine("Op Peer", "[B]peerbot", MessageType.EMOTE, "waves"));
        assertThat(sim.whispersTo(alice)).containsExactly("psst from node");
        assertThat(sim.members()).extracting(ChannelUser::toonName).containsExactly("Alice");
        assertThat(sim.user("Alice").flags()).containsExactly(UserFlag.MODERATOR);
        assertThat(sim.bot(bot.apiKey()).flags()).as("the bot gave up op").isEmpty();
        assertThat(sim.bans()).isEmpty();
    }

    private static List<JsonNode> of(List<JsonNode> observed, String event) {
        return observed.stream().filter(n -> event.equals(n.path("event").asText())).toList();
    }

    private static JsonNode first(List<JsonNode> observed, String event) {
        return of(observed, event).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " in " + observed));
    }
}
