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
class ModerationTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    private static HitboxClient joined(HitboxSimulator sim, Account account) {
        HitboxClient client = HitboxClient.join(sim, "chan", account);
        client.nextMessage("loginMsg");
        return client;
    }

    private static void say(HitboxClient client, String text) {
        client.emit("chatMsg", params("channel", "chan", "name", "x", "text", text));
    }

    @Test
    void kickTellsTheUserDisconnectsItAndTimesItOut() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN, UserFlag.OWNER);
        Account mod = sim.addAccount("Moddy", Role.USER);
        Account troll = sim.addAccount("Troll", Role.ANON);
        try (HitboxClient o = joined(sim, owner); HitboxClient m = joined(sim, mod);
             HitboxClient t = joined(sim, troll)) {
            m.emit("kickUser", params("channel", "chan", "name", "troll", "token", mod.token(), "timeout", 60));

            JsonNode kicked = t.nextMessage();
            assertThat(kicked.path("method").asText()).isEqualTo("infoMsg");
            assertThat(kicked.path("params").path("action").asText()).isEqualTo("kicked");
            assertThat(kicked.path("params").path("text").asText())
                    .isEqualTo("You have been kicked from this channel for 60 seconds.");
            assertThat(t.nextNonHeartbeat()).isEqualTo("0::");
            await().atMost(Duration.ofSeconds(5)).until(() -> !sim.sockets("chan").contains("Troll"));

            JsonNode staffNotice = m.nextMessage();
            assertThat(staffNotice.path("params").path("action").asText()).isEqualTo("kickUser");
            assertThat(staffNotice.path("params").path("text").asText())
                    .isEqualTo("Troll has been kicked for 60 seconds.");
            assertThat(o.nextMessage("chatLog").path("params").path("text").asText())
                    .isEqualTo("<user>Moddy</user> kicked <user>Troll</user> for 60 seconds");
        }
        try (HitboxClient back = joined(sim, troll)) {
            say(back, "I'm back");
            JsonNode refused = back.nextMessage();
            assertThat(refused.path("params").path("action").asText()).isEqualTo("kicked");
            assertThat(refused.path("params").path("text").asText()).startsWith("You are timed out.");
        }
    }

    @Test
    void moderatorsCannotKickModeratorsAndViewersCannotKickAtAll() {
        HitboxSimulator sim = hitbox.simulator();
        Account mod = sim.addAccount("Moddy", Role.USER);
        Account other = sim.addAccount("OtherMod", Role.USER);
        Account viewer = sim.addAccount("Viewer", Role.ANON);
        try (HitboxClient m = joined(sim, mod); HitboxClient o = joined(sim, other);
             HitboxClient v = joined(sim, viewer)) {
            m.emit("kickUser", params("channel", "chan", "name", "OtherMod", "timeout", 10));
            v.emit("kickUser", params("channel", "chan", "name", "Moddy", "timeout", 10));
            v.emit("banUser", params("channel", "chan", "name", "Moddy"));
            o.expectNoMessage(Duration.ofMillis(300));
            m.expectNoMessage(Duration.ofMillis(100));
            assertThat(sim.sockets("chan")).containsExactly("Moddy", "OtherMod", "Viewer");
        }
    }

    @Test
    void banIsAnnouncedListedLoggedAndStopsChat() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN, UserFlag.OWNER);
        Account troll = sim.addAccount("Troll", Role.ANON);
        Account bystander = sim.addAccount("Bystander", Role.ANON);
        try (HitboxClient o = joined(sim, owner); HitboxClient t = joined(sim, troll);
             HitboxClient b = joined(sim, bystander)) {
            o.emit("banUser", params("channel", "chan", "name", "Troll", "token", owner.token()));

            JsonNode announced = b.nextMessage();
            assertThat(announced.path("method").asText()).isEqualTo("infoMsg");
            assertThat(announced.path("params").path("action").asText()).isEqualTo("ban");
            assertThat(announced.path("params").path("text").asText()).isEqualTo("Troll has been banned from chat.");
            JsonNode toTroll = t.nextMessage();
            assertThat(toTroll.path("params").path("text").asText()).isEqualTo(Moderation.BANNED_TEXT);
            assertThat(o.nextMessage("banList").path("params").path("data").toString()).isEqualTo("[\"Troll\"]");
            assertThat(o.nextMessage("chatLog").path("params").path("text").asText())
                    .isEqualTo("<user>Owner</user> banned <user>Troll</user>");

            say(t, "still here?");
            assertThat(t.nextMessage().path("params").path("text").asText()).isEqualTo(Moderation.BANNED_TEXT);
            assertThat(t.isClosed()).as("a plain ban does not disconnect").isFalse();

            o.emit("unbanUser", params("channel", "chan", "name", "Troll", "token", owner.token()));
            assertThat(o.nextMessage("infoMsg").path("params").path("text").asText())
                    .isEqualTo("Troll has been unbanned.");
            assertThat(o.nextMessage("banList").path("params").path("data").toString()).isEqualTo("[]");
            say(t, "thanks");
            assertThat(t.nextMessage().path("params").path("text").asText()).isEqualTo("thanks");
        }
    }

    @Test
    void ipBanByAnAdminDisconnects() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN);
        try (HitboxClient o = joined(sim, owner); HitboxClient t = joined(sim, sim.addAccount("Troll", Role.ANON))) {
            o.emit("banUser", params("channel", "chan", "name", "Troll", "token", owner.token(), "banIP", true));
            assertThat(t.nextMessage().path("params").path("text").asText()).isEqualTo(Moderation.BANNED_TEXT);
            assertThat(t.nextNonHeartbeat()).isEqualTo("0::");
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.sockets("chan").equals(java.util.List.of("Owner")));
        }
    }

    @Test
    void makeModAndRemoveModChangeTheRole() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN);
        Account fan = sim.addAccount("Fan", Role.ANON);
        try (HitboxClient o = joined(sim, owner); HitboxClient f = joined(sim, fan)) {
            o.emit("makeMod", params("channel", "chan", "name", "Fan", "token", owner.token()));
            JsonNode made = f.nextMessage();
            assertThat(made.path("params").path("action").asText()).isEqualTo("isAdmin");
            assertThat(made.path("params").path("text").asText()).isEqualTo("Fan is now a moderator.");
            say(f, "modded");
            assertThat(f.nextMessage().path("params").path("role").asText()).isEqualTo("user");

            o.emit("removeMod", params("channel", "chan", "name", "Fan", "token", owner.token()));
            assertThat(f.nextMessage().path("params").path("text").asText()).isEqualTo("Fan is no longer a moderator.");
            say(f, "unmodded");
            assertThat(f.nextMessage().path("params").path("role").asText()).isEqualTo("anon");
        }
    }

    @Test
    void moderatorsCannotMakeModerators() {
        HitboxSimulator sim = hitbox.simulator();
        Account mod = sim.addAccount("Moddy", Role.USER);
        try (HitboxClient m = joined(sim, mod); HitboxClient f = joined(sim, sim.addAccount("Fan", Role.ANON))) {
            m.emit("makeMod", params("channel", "chan", "name", "Fan", "token", mod.token()));
            f.expectNoMessage(Duration.ofMillis(300));
        }
    }

    @Test
    void stickyMessageIsBroadcastSentOnLoginAndCleared() {
        HitboxSimulator sim = hitbox.simulator();
        Account mod = sim.addAccount("Moddy", Role.USER);
        try (HitboxClient m = joined(sim, mod)) {
            m.emit("motdMsg", params("channel", "chan", "name", "Moddy", "nameColor", "123456", "text", "Be nice",
                    "time", "20141210T14:53:33.142Z"));
            JsonNode motd = m.nextMessage().path("params");
            assertThat(motd.path("text").asText()).isEqualTo("Be nice");
            assertThat(motd.path("name").asText()).isEqualTo("Moddy");
            assertThat(motd.path("nameColor").asText()).isEqualTo("123456");
            assertThat(motd.path("time").isNumber()).as("epoch seconds").isTrue();
            try (HitboxClient late = HitboxClient.join(sim, "chan", null, null)) {
                late.nextMessage("loginMsg");
                assertThat(late.nextMessage().path("params").path("text").asText()).isEqualTo("Be nice");
            }
            m.emit("motdMsg", params("channel", "chan", "name", "Moddy", "text", ""));
            assertThat(m.nextMessage().path("params").path("text").asText()).isEmpty();
            try (HitboxClient late = HitboxClient.join(sim, "chan", null, null)) {
                late.nextMessage("loginMsg");
                late.expectNoMessage(Duration.ofMillis(300));
            }
        }
    }

    @Test
    void partChannelGetsNoAnswerAndTheServerCloses() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            a.emit("partChannel", params("name", "Alice"));
            assertThat(a.nextNonHeartbeat()).isEqualTo("0::");
            // Server side: the JDK client does not always notice a TCP close that follows a frame at once.
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.openConnections() == 0);
        }
        assertThat(sim.sockets("chan")).isEmpty();
    }
}
