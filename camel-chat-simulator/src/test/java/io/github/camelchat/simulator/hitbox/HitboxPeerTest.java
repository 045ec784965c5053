package io.github.camelchat.simulator.hitbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.simulator.NodePeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer checks with published npm clients, from src/test/node-hitbox (installed with npm ci into target/): the
 * reference Socket.IO 0.9 client socket.io-client 0.9.16, and the unmodified hitbox-chat 0.1.5 reaching the
 * simulator through HTTP_PROXY.
 */
@Timeout(300)
class HitboxPeerTest {

    private static final Path SOURCE = Path.of("src/test/node-hitbox");
    private static final Path WORK = Path.of("target/node-hitbox-peer");
    private static final String GIVE_UP = "timeout|crash|usage|connect_failed|error|disconnect|reconnect_failed";
    private static boolean installed;

    private HitboxSimulator sim;
    private NodePeer peer;

    @BeforeEach
    void install() throws Exception {
        Assumptions.assumeTrue(NodePeer.available(), "node/npm not found on the PATH: hitbox peer checks skipped");
        if (!installed) {
            NodePeer.npmCi(SOURCE, WORK, Duration.ofSeconds(240));
            installed = true;
        }
    }

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
    void socketIoClient0916HandshakesEchoesHeartbeatsAndLogsIn() throws Exception {
        // A heartbeat every 200 ms, and a kick 2 s after one that is not echoed: the run proves the echo.
        sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .heartbeatInterval(Duration.ofMillis(200)).heartbeatTimeout(Duration.ofSeconds(2)));
        Account bot = sim.addAccount("PeerBot", Role.ANON, UserFlag.FOLLOWER);
        Viewer talker = sim.viewer("Talker");
        for (int i = 1; i <= 8; i++) {
            sim.chat(talker, "peerchan", "backlog " + i);
        }
        sim.setMotd("peerchan", "Welcome, peers");

        peer = NodePeer.start(WORK, "sio-check.js", Map.of(
                "HITBOX_URL", sim.baseUrl(),
                "HITBOX_CHANNEL", "peerchan",
                "HITBOX_NAME", bot.name(),
                "HITBOX_TOKEN", bot.token(),
                "HITBOX_HEARTBEATS", "4",
                "HITBOX_SAY", "hello from socket.io-client"));
        JsonNode done = peer.awaitEvent("done", Duration.ofSeconds(60), GIVE_UP);
        int exit = peer.awaitExit(Duration.ofSeconds(15));
        peer.save(WORK.resolve("sio-observed.jsonl"));
        List<JsonNode> observed = peer.observed();
        assertThat(exit).as("node exits cleanly after done: %s", observed).isZero();

        JsonNode connect = first(observed, "connect");
        assertThat(connect.path("transport").asText()).isEqualTo("websocket");
        assertThat(connect.path("heartbeatTimeout").asInt()).isEqualTo(60_000);
        assertThat(done.path("heartbeats").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(sim.heartbeatsReceived()).as("every heartbeat echoed").isGreaterThanOrEqualTo(4);

        List<JsonNode> messages = of(observed, "message");
        assertThat(messages).allSatisfy(m -> assertThat(m.path("argType").asText()).isEqualTo("string"));
        assertThat(messages).allSatisfy(m -> assertThat(m.path("params").path("channel").asText())
                .isEqualTo("peerchan"));
        assertThat(messages.get(0).path("method").asText()).isEqualTo("loginMsg");
        assertThat(messages.get(0).path("params").toString())
                .isEqualTo("{\"channel\":\"peerchan\",\"name\":\"PeerBot\",\"role\":\"anon\"}");
        List<JsonNode> backlog = messages.subList(1, 7);
        assertThat(backlog).extracting(m -> m.path("params").path("text").asText())
                .containsExactly("backlog 3", "backlog 4", "backlog 5", "backlog 6", "backlog 7", "backlog 8");
        assertThat(backlog).allSatisfy(m -> assertThat(m.path("params").path("buffer").asBoolean()).isTrue());
        assertThat(backlog).extracting(m -> m.path("params").path("buffersent").asBoolean())
                .containsExactly(false, false, false, false, false, true);
        assertThat(messages.get(7).path("method").asText()).isEqualTo("motdMsg");
        JsonNode echo = messages.get(8).path("params");
        assertThat(echo.path("text").asText()).isEqualTo("hello from socket.io-client");
        assertThat(echo.path("name").asText()).isEqualTo("PeerBot");
        assertThat(echo.path("isFollower").asBoolean()).isTrue();

        assertThat(sim.received("peerchan"))
                .extracting(f -> f.startsWith("{") ? HitboxClient.parse(f).path("method").asText() : f)
                .as("requests as inner JSON, the client's disconnect packet raw")
                .containsExactly("joinChannel", "chatMsg", "0::");
        assertThat(sim.chatLog("peerchan")).last().extracting(ChatLine::name).isEqualTo("PeerBot");
        assertThat(sim.handshakes()).isEqualTo(1);
    }

    @Test
    void hitboxChat015ThroughHttpProxyLogsInAndReceivesChat() throws Exception {
        sim = HitboxSimulator.start();
        Account bot = sim.addAccount("ChatBot", Role.ANON);

        Map<String, String> env = new HashMap<>();
        // request 2.40 takes the hard-coded server-list URL through the proxy; the listed server_ip is then direct.
        env.put("HTTP_PROXY", sim.baseUrl());
        env.put("http_proxy", sim.baseUrl());
        env.put("NO_PROXY", "");
        env.put("no_proxy", "");
        env.put("HITBOX_CHANNEL", "proxychan");
        env.put("HITBOX_NAME", bot.name());
        env.put("HITBOX_TOKEN", bot.token());
        env.put("HITBOX_SAY", "hello from hitbox-chat");
        env.put("HITBOX_EXPECT", "a line from the test");
        peer = NodePeer.start(WORK, "hitbox-chat-check.js", env);

        JsonNode login = peer.awaitEvent("login", Duration.ofSeconds(60), GIVE_UP);
        assertThat(login.path("name").asText()).isEqualTo("ChatBot");
        assertThat(login.path("role").asText()).isEqualTo("anon");
        JsonNode echo = peer.awaitEvent("chat", Duration.ofSeconds(30), GIVE_UP);
        assertThat(echo.path("text").asText()).isEqualTo("hello from hitbox-chat");

        sim.chat(sim.viewer("Tester"), "proxychan", "a line from the test");
        peer.awaitEvent("done", Duration.ofSeconds(30), GIVE_UP);
        int exit = peer.awaitExit(Duration.ofSeconds(15));
        peer.save(WORK.resolve("hitbox-chat-observed.jsonl"));
        assertThat(exit).as("node exits cleanly after done: %s", peer.observed()).isZero();

        assertThat(sim.handshakes()).as("the listed server was reached").isEqualTo(1);
        List<String> received = sim.received("proxychan");
        JsonNode join = HitboxClient.parse(received.get(0)).path("params");
        assertThat(join.path("channel").asText()).isEqualTo("proxychan");
        assertThat(join.path("name").asText()).isEqualTo("ChatBot");
        assertThat(join.path("isAdmin").asBoolean()).isFalse();
        assertThat(sim.chatLog("proxychan")).extracting(ChatLine::name, ChatLine::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ChatBot", "hello from hitbox-chat"),
                org.assertj.core.groups.Tuple.tuple("Tester", "a line from the test"));
    }

    private static List<JsonNode> of(List<JsonNode> observed, String event) {
        return observed.stream().filter(n -> event.equals(n.path("event").asText())).toList();
    }

    private static JsonNode first(List<JsonNode> observed, String event) {
        return of(observed, event).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " in " + observed));
    }
}
