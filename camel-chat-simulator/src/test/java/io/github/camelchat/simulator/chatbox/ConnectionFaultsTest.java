package io.github.camelchat.simulator.chatbox;

import java.net.ConnectException;
import java.net.ProtocolException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import io.github.camelchat.simulator.RawSocketClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Keepalive, restarts and the fault switches. */
@Timeout(60)
class ConnectionFaultsTest {

    private static final String PING_PACKET = "{\"id\":-1,\"ok\":true,\"type\":\"ping\"}";

    private ChatboxSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void pingPacketOnTheConfiguredInterval() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().pingPacketInterval(Duration.ofMillis(100)));
        License noRead = sim.addLicense("Owner", Capability.SAY);
        try (TestClient client = TestClient.connect(sim.url(noRead)).greeted()) {
            assertThat(client.next()).as("every socket, read or not").isEqualTo(PING_PACKET);
            assertThat(client.next()).isEqualTo(PING_PACKET);
        }
    }

    @Test
    void protocolPingsAndAClientThatAnswersStaysConnected() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults()
                .webSocketPingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(1500)));
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> client.pings.get() >= 8);
            assertThat(client.closed).isNotDone();
            assertThat(sim.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void aClientThatNeverPongsIsDroppedWithoutCloseFrame() throws Exception {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults()
                .webSocketPingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(300)));
        try (RawSocketClient raw = new RawSocketClient(sim.port(), "/v2/guest")) {
            long started = System.nanoTime();
            List<Integer> opcodes = raw.readUntilEof();
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(opcodes).contains(RawSocketClient.PING).doesNotContain(RawSocketClient.CLOSE);
            assertThat(elapsedMs).isBetween(250L, 5_000L);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 0);
    }

    @Test
    void answerPingsSwitch() {
        sim = ChatboxSimulator.start();
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            client.sendPing();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.pongs.get() == 1);
            sim.setAnswerPings(false);
            client.sendPing();
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> client.pongs.get() == 1);
            sim.setAnswerPings(true);
            client.sendPing();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.pongs.get() == 2);
        }
    }

    @Test
    void silentServerStillReadsButSendsNothing() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            sim.setSilent(true);
            client.send("{\"type\":\"nope\",\"id\":1}");
            client.sendPing();
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.received(license).size() == 1);
            client.expectNothing(Duration.ofMillis(300));
            assertThat(client.pongs.get()).isZero();
            assertThat(sim.received(license)).containsExactly("{\"type\":\"nope\",\"id\":1}");
            sim.setSilent(false);
            client.send("{\"type\":\"nope\",\"id\":2}");
            assertThat(client.nextOfType("error").path("id").asInt()).isEqualTo(2);
        }
    }

    @Test
    void restartClosesWith4000AndComesBackOnTheSamePort() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner");
        int port = sim.port();
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            sim.restart(Duration.ofSeconds(2));
            assertThat(client.awaitClose()).isEqualTo(
                    new TestClient.Close(4000, "Server is restarting, please reconnect in a few minutes"));
            assertThat(client.frames).as("no packet before the close").isEmpty();
        }
        assertThat(sim.isListening()).isFalse();
        assertThatThrownBy(() -> TestClient.connect(sim.url(license)))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ConnectException.class);
        await().atMost(Duration.ofSeconds(10)).until(sim::isListening);
        assertThat(sim.port()).isEqualTo(port);
        try (TestClient again = TestClient.connect(sim.url(license))) {
            assertThat(again.nextOfType("hello").path("licenseOwner").asText()).isEqualTo("Owner");
        }
    }

    @Test
    void closeAllDropAllAndClose() {
        sim = ChatboxSimulator.start();
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.closeAll(4321, "custom");
            assertThat(client.awaitClose()).isEqualTo(new TestClient.Close(4321, "custom"));
        }
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.closeAll(CloseReason.DISABLED_LICENSE);
            assertThat(client.awaitClose()).isEqualTo(new TestClient.Close(4004,
                    "Your license has been disabled. Please contact a member of staff"));
        }
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.dropAll();
            TestClient.Close close = client.awaitClose();
            assertThat(close.code()).as("no close frame: " + close).isEqualTo(1006);
        }
        TestClient last = TestClient.connect(sim.guestUrl()).greeted();
        sim.close();
        assertThat(last.awaitClose()).isEqualTo(
                new TestClient.Close(4000, "Server is restarting, please reconnect in a few minutes"));
        last.close();
    }

    @Test
    void injectedFrames() {
        sim = ChatboxSimulator.start();
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.injectRaw("{not json");
            assertThat(client.next()).isEqualTo("{not json");
            sim.injectInvalidUtf8();
            Throwable error = client.error.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
            assertThat(error).isInstanceOf(ProtocolException.class);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 0);
    }
}
