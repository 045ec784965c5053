package io.github.camelchat.simulator.hitbox;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.camelchat.simulator.RawSocketClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(60)
class HandshakeTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    @Test
    void handshakeAnswersSidTimeoutsAndWebsocketOnly() {
        HitboxSimulator sim = hitbox.simulator();
        HttpResponse<String> response = HitboxClient.get(sim.baseUrl() + "/socket.io/1/?t=1426785188000");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("[A-Za-z0-9_-]{20}:60:60:websocket");
        assertThat(HitboxClient.get(sim.baseUrl() + "/socket.io/1").body()).as("without slash or t")
                .matches("[A-Za-z0-9_-]{20}:60:60:websocket");
        assertThat(sim.handshakes()).isEqualTo(2);
    }

    @Test
    void sidsAreDistinct() {
        HitboxSimulator sim = hitbox.simulator();
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            sids.add(HitboxClient.handshake(sim));
        }
        assertThat(sids).hasSize(20);
    }

    @Test
    void announcedTimeoutsAreConfigurable() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .handshakeHeartbeatTimeout(5).handshakeCloseTimeout(7).transports("websocket,xhr-polling"))) {
            assertThat(HitboxClient.get(sim.baseUrl() + "/socket.io/1/").body())
                    .endsWith(":5:7:websocket,xhr-polling");
        }
    }

    @Test
    void handshakeStatusSwitch() {
        HitboxSimulator sim = hitbox.simulator();
        sim.handshakeStatus(401);
        HttpResponse<String> refused = HitboxClient.get(sim.baseUrl() + "/socket.io/1/");
        sim.handshakeStatus(503);
        HttpResponse<String> failed = HitboxClient.get(sim.baseUrl() + "/socket.io/1/");
        sim.handshakeStatus(200);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("handshake unauthorized");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(HitboxClient.get(sim.baseUrl() + "/socket.io/1/").statusCode()).isEqualTo(200);
    }

    @Test
    void openSendsConnectPacket() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.open(sim, HitboxClient.handshake(sim))) {
            assertThat(client.next()).isEqualTo("1::");
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.openConnections() == 1);
            assertThat(sim.connectionAttempts()).isEqualTo(1);
        }
    }

    /**
     * The answer to a bad sid is read over a raw socket: the JDK WebSocket client fails with an InternalError when a
     * frame and the TCP close follow the upgrade at once (and its shared HttpClient is unusable afterwards).
     */
    private static List<RawSocketClient.Frame> framesUntilClosed(HitboxSimulator sim, String sid) throws IOException {
        try (RawSocketClient raw = new RawSocketClient(sim.port(), "/socket.io/1/websocket/" + sid)) {
            return raw.readFramesUntilEof();
        }
    }

    private static final RawSocketClient.Frame NOT_HANDSHAKEN = new RawSocketClient.Frame(0x1, "7:::1+0");

    @Test
    void reusedSidIsNotHandshakenAndClosedWithoutCloseFrame() throws IOException {
        HitboxSimulator sim = hitbox.simulator();
        String sid = HitboxClient.handshake(sim);
        try (HitboxClient first = HitboxClient.open(sim, sid)) {
            assertThat(first.next()).isEqualTo("1::");

            assertThat(framesUntilClosed(sim, sid)).containsExactly(NOT_HANDSHAKEN);
            assertThat(first.isClosed()).as("the first socket is unaffected").isFalse();
        }
    }

    @Test
    void sidOfAFailedConnectionIsUsedUpToo() throws IOException {
        HitboxSimulator sim = hitbox.simulator();
        String sid = HitboxClient.handshake(sim);
        try (RawSocketClient failed = new RawSocketClient(sim.port(), "/socket.io/1/websocket/" + sid)) {
            // opened, then given up before reading anything
        }
        assertThat(framesUntilClosed(sim, sid)).containsExactly(NOT_HANDSHAKEN);
    }

    @Test
    void unknownSidIsNotHandshaken() throws IOException {
        HitboxSimulator sim = hitbox.simulator();
        assertThat(framesUntilClosed(sim, "madeUpSid")).containsExactly(NOT_HANDSHAKEN);
        assertThat(sim.openConnections()).isZero();
        assertThat(sim.connectionAttempts()).isEqualTo(1);
    }

    @Test
    void expiredSidIsNotHandshaken() throws Exception {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .handshakeExpiration(Duration.ofMillis(200)))) {
            String sid = HitboxClient.handshake(sim);
            Thread.sleep(400);
            assertThat(framesUntilClosed(sim, sid)).containsExactly(NOT_HANDSHAKEN);
        }
    }

    @Test
    void clientDisconnectPacketEndsTheSocket() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.connect(sim)) {
            client.send("0::");
            client.awaitClose();
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.openConnections() == 0);
        }
    }

    @Test
    void packetWithAnIdIsAcknowledged() {
        try (HitboxClient client = HitboxClient.connect(hitbox.simulator())) {
            client.send("5:7::{\"name\":\"message\",\"args\":[{\"method\":\"noSuchMethod\",\"params\":{}}]}");
            assertThat(client.next()).isEqualTo("6:::7");
        }
    }
}
