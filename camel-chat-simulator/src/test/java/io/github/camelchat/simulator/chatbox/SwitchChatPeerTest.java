package io.github.camelchat.simulator.chatbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.simulator.NodePeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer check: the published npm client switchchat 1.4.3 (v1-era, unpaced 350 ms sends without ids) against the
 * simulator. Runs src/test/node/peer-check.js from a copy under target/, installed with npm ci.
 */
@Timeout(300)
class SwitchChatPeerTest {

    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path WORK = Path.of("target/node-peer");
    private static final int SAYS = 12;
    private static final String GIVE_UP = "timeout|connect_failed|usage";

    private ChatboxSimulator sim;
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
    void switchChatClientAgainstTheSimulator() throws Exception {
        Assumptions.assumeTrue(NodePeer.available(), "node not found: peer check skipped");
        NodePeer.npmCi(SOURCE, WORK, Duration.ofSeconds(240));

        // A 1 s tick against 350 ms sends fills the queue of 5 within about 3 s of the burst.
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(Duration.ofSeconds(1)));
        License license = sim.addLicense("SimOwner", Capability.values());
        Player alice = sim.player("Alice");
        Player bob = sim.player("Bob");

        peer = NodePeer.start(WORK, "peer-check.js", Map.of(
                "CHATBOX_PORT", Integer.toString(sim.port()),
                "CHATBOX_KEY", license.key(),
                "CHATBOX_SAYS", Integer.toString(SAYS),
                "CHATBOX_TELL_TO", "Alice"));

        peer.awaitEvent("login", Duration.ofSeconds(30), GIVE_UP);
        sim.join(alice);
        sim.join(bob);
        sim.leave(bob);
        sim.death(alice, bob, "Alice was slain by Bob");
        sim.afk(alice);
        sim.afkReturn(alice);
        JsonNode done = peer.awaitEvent("done", Duration.ofSeconds(90), GIVE_UP);
        assertThat(peer.awaitExit(Duration.ofSeconds(15))).as("node exits after done").isZero();
        List<JsonNode> observed = peer.observed();
        peer.save(WORK.resolve("observed.jsonl"));

        // The client understood the v2 handshake and the v2 game events it knows.
        JsonNode login = first(observed, "login");
        assertThat(login.path("guest").asBoolean()).isFalse();
        assertThat(login.path("capabilities").toString()).isEqualTo("[\"tell\",\"read\",\"command\",\"say\"]");
        assertThat(done.path("owner").isNull()).as("1.4.3 reads the v1 field licenceOwner").isTrue();
        assertThat(events(observed)).containsSubsequence("players", "login", "join", "players", "join", "players",
                "leave", "players", "death", "afk", "afk_return");
        assertThat(names(observed, "join")).containsExactly("Alice", "Bob");
        assertThat(first(observed, "death").path("player").asText()).isEqualTo("Alice");
        assertThat(first(observed, "death").path("message").asText()).isEqualTo("Alice was slain by Bob");

        // Its tell check right after hello, to a player who cannot be online.
        List<String> sent = sim.received(license);
        assertThat(sent.get(0)).contains("\"type\":\"tell\"").contains("SC_TELL_CHECK_").doesNotContain("\"id\"");
        JsonNode firstError = first(observed, "_error");
        assertThat(firstError.path("error").asText()).isEqualTo("unknown_user");
        List<JsonNode> unknownUser = packets(observed, "error", "unknown_user");
        assertThat(unknownUser).isNotEmpty().allSatisfy(p -> assertThat(p.path("id").asInt()).isEqualTo(-1));

        // Unpaced sends: queued at once, sent on the tick, and rate limited once 5 wait.
        JsonNode counts = done.path("counts");
        int queued = counts.path("queued").asInt();
        int rateLimited = counts.path("rateLimited").asInt();
        assertThat(queued + rateLimited).isEqualTo(SAYS + 1);
        assertThat(rateLimited).isPositive();
        assertThat(counts.path("sent").asInt()).isEqualTo(queued);
        assertThat(packets(observed, "success", null)).allSatisfy(p -> assertThat(p.path("id").asInt()).isEqualTo(-1));
        assertThat(packets(observed, "error", "rate_limited")).hasSize(rateLimited);
        assertThat(sent).hasSize(SAYS + 2);
        assertThat(sent.subList(1, sent.size())).allSatisfy(frame -> assertThat(frame).doesNotContain("\"id\""));
        assertThat(sim.deliveries().stream().filter(d -> d.type().equals("say"))).hasSize(queued - 1);
        assertThat(sim.inbox(alice)).containsExactly("[CB PM] SimOwner: psst from switchchat");
    }

    private static List<String> events(List<JsonNode> observed) {
        return observed.stream().map(n -> n.path("event").asText()).filter(e -> !e.equals("packet")).toList();
    }

    private static JsonNode first(List<JsonNode> observed, String event) {
        return observed.stream().filter(n -> event.equals(n.path("event").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " in " + events(observed)));
    }

    private static List<String> names(List<JsonNode> observed, String event) {
        return observed.stream().filter(n -> event.equals(n.path("event").asText()))
                .map(n -> n.path("name").asText()).toList();
    }

    private static List<JsonNode> packets(List<JsonNode> observed, String type, String error) {
        return observed.stream().filter(n -> "packet".equals(n.path("event").asText()))
                .map(n -> n.path("data"))
                .filter(d -> type.equals(d.path("type").asText()))
                .filter(d -> error == null || error.equals(d.path("error").asText()))
                .toList();
    }
}
