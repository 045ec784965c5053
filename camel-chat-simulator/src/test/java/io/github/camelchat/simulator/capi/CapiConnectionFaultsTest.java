package io.github.camelchat.simulator.capi;

import java.net.ConnectException;
import java.net.ProtocolException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.simulator.RawSocketClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.github.camelchat.simulator.capi.CapiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Keepalive, restarts and the fault switches. */
@Timeout(60)
class CapiConnectionFaultsTest {

    private CapiSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void defaultsPingEveryTenSeconds() {
        assertThat(CapiSimulatorOptions.defaults().webSocketPingInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(CapiSimulatorOptions.defaults().pongTimeout()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void pingsAndAClientThatAnswersStaysConnected() {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults()
                .webSocketPingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(1500)));
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> client.pings.get() >= 8);
            assertThat(client.closed).isNotDone();
            assertThat(sim.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void aClientThatNeverPongsIsDroppedWithoutCloseFrame() throws Exception {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults()
                .webSocketPingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(300)));
        try (RawSocketClient raw = new RawSocketClient(sim.port(), "/v1/rpc/chat")) {
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
        sim = CapiSimulator.start();
        try (CapiClient client = CapiClient.connect(sim.url())) {
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
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.setSilent(true);
            client.request("Botapichat.SendMessageRequest", 5, "{\"message\":\"into the void\"}");
            client.sendPing();
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.channelLog().size() == 1);
            client.expectNothing(Duration.ofMillis(300));
            assertThat(client.pongs.get()).isZero();
            sim.setSilent(false);
            assertThat(status(client.call("Botapichat.SendEmoteRequest", 6, "{\"message\":\"back\"}"))).isEqualTo("none");
        }
        assertThat(sim.received(bot)).hasSize(4);
    }

    @Test
    void injectedFrames() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.injectRaw("{not json");
            assertThat(client.next()).isEqualTo("{not json");
            sim.injectInvalidUtf8();
            Throwable error = client.error.orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(error).isInstanceOf(ProtocolException.class);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 0);
    }

    @Test
    void closeAllAndDropAll() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.closeAll(4321, "custom");
            assertThat(client.awaitClose()).isEqualTo(new CapiClient.Close(4321, "custom"));
        }
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.dropAll();
            CapiClient.Close close = client.awaitClose();
            assertThat(close.code()).as("no close frame: " + close).isEqualTo(1006);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 0);
        assertThat(sim.connectionAttempts()).isEqualTo(2);
        CapiClient last = CapiClient.connected(sim, bot);
        sim.close();
        assertThat(last.awaitClose()).isEqualTo(new CapiClient.Close(1001, "Server stopping"));
        last.close();
    }

    @Test
    void restartComesBackOnTheSamePortWithTheSameBots() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        ChannelUser alice = sim.join(sim.user("Alice"));
        int port = sim.port();
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.restart(Duration.ofSeconds(1));
            assertThat(client.awaitClose()).isEqualTo(new CapiClient.Close(1001, "Server stopping"));
        }
        assertThat(sim.isListening()).isFalse();
        assertThatThrownBy(() -> CapiClient.connect(sim.url()))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ConnectException.class);
        await().atMost(Duration.ofSeconds(10)).until(sim::isListening);
        assertThat(sim.port()).isEqualTo(port);
        try (CapiClient again = CapiClient.connect(sim.url())) {
            again.authenticate(bot.apiKey());
            assertThat(again.connectAndList()).extracting(f -> f.path("payload").path("user_id").asInt())
                    .contains(alice.id());
        }
    }
}
