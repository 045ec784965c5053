package io.github.camelchat.simulator.hitbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(60)
class HeartbeatTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension(HitboxSimulatorOptions.defaults()
            .heartbeatInterval(INTERVAL).heartbeatTimeout(Duration.ofMillis(600)));

    @Test
    void defaultsAreSocketIoDefaults() {
        HitboxSimulatorOptions defaults = HitboxSimulatorOptions.defaults();
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(defaults.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void echoingClientGetsHeartbeatsAndStays() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.connect(sim)) {
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                assertThat(client.next()).isEqualTo("2::");
                client.send("2::");
            }
            // Five rounds of interval-then-echo; a kick would have come after 200 + 600 ms.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(INTERVAL.multipliedBy(4));
            assertThat(client.isClosed()).isFalse();
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.heartbeatsReceived() == 5);
            assertThat(sim.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void clientThatDoesNotEchoIsClosedWithoutDisconnectPacket() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.connect(sim)) {
            assertThat(client.next()).isEqualTo("2::");
            int code = client.awaitClose().code();
            assertThat(client.allFrames()).containsExactly("1::", "2::");
            assertThat(code).as("TCP closed without a Close frame (1006), as Socket.IO 0.9 does").isEqualTo(1006);
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.openConnections() == 0);
        }
    }

    @Test
    void heartbeatsCanBeSwitchedOffAndThenNobodyIsKicked() {
        HitboxSimulator sim = hitbox.simulator();
        sim.setHeartbeats(false);
        try (HitboxClient client = HitboxClient.connect(sim)) {
            client.expectNothing(Duration.ofMillis(1200));
            assertThat(client.isClosed()).isFalse();
            sim.setHeartbeats(true);
            assertThat(client.next()).isEqualTo("2::");
        }
    }

    @Test
    void clientsOwnHeartbeatIsAnswered() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxSimulator slow = HitboxSimulator.start(HitboxSimulatorOptions.defaults());
             HitboxClient client = HitboxClient.connect(slow)) {
            client.send("2::");
            assertThat(client.next()).isEqualTo("2::");
            slow.setAnswerHeartbeats(false);
            client.send("2::");
            client.expectNothing(Duration.ofMillis(300));
            await().atMost(Duration.ofSeconds(5)).until(() -> slow.heartbeatsReceived() == 2);
        }
        assertThat(sim.openConnections()).isZero();
    }

    @Test
    void echoIsNotAnswered() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.connect(sim)) {
            assertThat(client.next()).isEqualTo("2::");
            client.send("2::");
            // The next frame is the next heartbeat, one interval later, not an answer to the echo.
            long sent = System.nanoTime();
            assertThat(client.next()).isEqualTo("2::");
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(INTERVAL.minusMillis(50));
        }
    }
}
