package io.github.camelchat.simulator.hitbox;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelchat.simulator.hitbox.HitboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(60)
class DirectMessageTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    private static HitboxClient joined(HitboxSimulator sim, String channel, Account account) {
        HitboxClient client = HitboxClient.join(sim, channel, account);
        client.nextMessage("loginMsg");
        return client;
    }

    @Test
    void recipientGetsItAndSenderGetsAConfirmation() {
        HitboxSimulator sim = hitbox.simulator();
        Account alice = sim.addAccount("Alice", Role.ANON, UserFlag.STAFF);
        try (HitboxClient a = joined(sim, "chan", alice);
             HitboxClient b = joined(sim, "other", sim.addAccount("Bob", Role.ANON))) {
            a.emit("directMsg", params("channel", "chan", "from", "Alice", "to", "Bob", "nameColor", "00FF00",
                    "text", "psst"));

            JsonNode received = b.nextMessage();
            assertThat(received.path("method").asText()).isEqualTo("directMsg");
            JsonNode p = received.path("params");
            assertThat(p.path("from").asText()).isEqualTo("Alice");
            assertThat(p.path("nameColor").asText()).isEqualTo("00FF00");
            assertThat(p.path("text").asText()).isEqualTo("psst");
            assertThat(p.path("time").asLong()).isPositive();
            assertThat(p.path("isStaff").asBoolean()).isTrue();
            assertThat(p.path("isCommunity").asBoolean()).isFalse();
            assertThat(p.path("type").asText()).isEqualTo("info");
            assertThat(p.path("channel").asText()).as("the recipient's channel").isEqualTo("other");

            JsonNode confirmation = a.nextMessage();
            assertThat(confirmation.path("method").asText()).isEqualTo("infoMsg");
            assertThat(confirmation.path("params").path("text").asText()).isEqualTo("Direct message to Bob sent.");
            assertThat(confirmation.path("params").path("action").asText()).isEqualTo("directmsg");
            assertThat(confirmation.path("params").path("channel").asText()).isEqualTo("chan");
            assertThat(confirmation.path("params").path("timestamp").asLong()).isPositive();
        }
    }

    @Test
    void guestsCannotSendDirectMessages() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient b = joined(sim, "chan", sim.addAccount("Bob", Role.ANON));
             HitboxClient guest = HitboxClient.join(sim, "chan", null, null)) {
            guest.nextMessage("loginMsg");
            guest.emit("directMsg", params("channel", "chan", "from", "x", "to", "Bob", "text", "hi"));
            guest.expectNoMessage(Duration.ofMillis(300));
            b.expectNoMessage(Duration.ofMillis(100));
        }
    }

    @Test
    void scriptedViewersSendAndReceive() {
        HitboxSimulator sim = hitbox.simulator();
        Viewer carol = sim.viewer("Carol");
        try (HitboxClient a = joined(sim, "chan", sim.addAccount("Alice", Role.ANON))) {
            sim.directMsg(carol, "alice", "from the script");
            JsonNode p = a.nextMessage().path("params");
            assertThat(p.path("from").asText()).isEqualTo("Carol");
            assertThat(p.path("text").asText()).isEqualTo("from the script");

            a.emit("directMsg", params("channel", "chan", "from", "Alice", "to", "Carol", "text", "back at you"));
            a.nextMessage("infoMsg");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !sim.inbox("Carol").isEmpty());
        assertThat(sim.inbox("carol")).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Alice");
            assertThat(line.text()).isEqualTo("back at you");
        });
    }
}
