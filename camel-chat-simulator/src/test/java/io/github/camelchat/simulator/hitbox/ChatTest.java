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
class ChatTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    private static HitboxClient joined(HitboxSimulator sim, Account account) {
        HitboxClient client = HitboxClient.join(sim, "chan", account);
        client.nextMessage("loginMsg");
        return client;
    }

    private static void say(HitboxClient client, String name, String text) {
        client.emit("chatMsg", params("channel", "chan", "name", name, "nameColor", "FF0000", "text", text));
    }

    @Test
    void ownMessageIsEchoedAndBroadcastWithTimeRoleAndFlags() {
        HitboxSimulator sim = hitbox.simulator();
        Account alice = sim.addAccount("Alice", Role.ANON, UserFlag.FOLLOWER, UserFlag.SUBSCRIBER);
        Account bob = sim.addAccount("Bob", Role.ANON);
        try (HitboxClient a = joined(sim, alice); HitboxClient b = joined(sim, bob)) {
            long before = System.currentTimeMillis() / 1000;
            say(a, "Alice", "hello camels");

            JsonNode echo = a.nextMessage().path("params");
            JsonNode seen = b.nextMessage().path("params");
            assertThat(seen).isEqualTo(echo);
            assertThat(echo.path("channel").asText()).isEqualTo("chan");
            assertThat(echo.path("name").asText()).isEqualTo("Alice");
            assertThat(echo.path("nameColor").asText()).isEqualTo("FF0000");
            assertThat(echo.path("text").asText()).isEqualTo("hello camels");
            assertThat(echo.path("time").asLong()).isBetween(before, before + 5);
            assertThat(echo.path("role").asText()).isEqualTo("anon");
            assertThat(echo.path("isFollower").asBoolean()).isTrue();
            assertThat(echo.path("isSubscriber").asBoolean()).isTrue();
            assertThat(echo.path("isOwner").asBoolean()).isFalse();
            assertThat(echo.path("isStaff").asBoolean()).isFalse();
            assertThat(echo.path("isCommunity").asBoolean()).isFalse();
            assertThat(echo.path("media").asBoolean()).isFalse();
            assertThat(echo.has("buffer")).isFalse();
        }
        assertThat(sim.chatLog("chan")).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Alice");
            assertThat(line.text()).isEqualTo("hello camels");
            assertThat(line.role()).isEqualTo(Role.ANON);
        });
    }

    @Test
    void actionMessagesKeepTypeMe() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            a.emit("chatMsg", params("channel", "chan", "name", "Alice", "text", "waves", "type", "me"));
            assertThat(a.nextMessage().path("params").path("type").asText()).isEqualTo("me");
        }
        assertThat(sim.chatLog("chan").get(0).me()).isTrue();
    }

    @Test
    void guestSendsAreDroppedSilently() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient guest = HitboxClient.join(sim, "chan", null, null)) {
            guest.nextMessage("loginMsg");
            say(guest, "UnknownSoldier", "let me in");
            guest.expectNoMessage(Duration.ofMillis(300));
        }
        assertThat(sim.chatLog("chan")).isEmpty();
        assertThat(sim.received("chan")).hasSize(2);
    }

    @Test
    void repeatedMessageIsDroppedSilently() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            say(a, "Alice", "same");
            assertThat(a.nextMessage().path("params").path("text").asText()).isEqualTo("same");
            say(a, "Alice", "same");
            a.expectNoMessage(Duration.ofMillis(300));
            say(a, "Alice", "different");
            say(a, "Alice", "same");
            assertThat(a.nextMessage().path("params").path("text").asText()).isEqualTo("different");
            assertThat(a.nextMessage().path("params").path("text").asText()).as("not consecutive any more")
                    .isEqualTo("same");
        }
        assertThat(sim.chatLog("chan")).extracting(ChatLine::text).containsExactly("same", "different", "same");
    }

    @Test
    void repeatedMessageCanBeAnswered() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().answerDuplicates(true));
             HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            say(a, "Alice", "same");
            a.nextMessage("chatMsg");
            say(a, "Alice", "same");
            JsonNode info = a.nextMessage();
            assertThat(info.path("method").asText()).isEqualTo("infoMsg");
            assertThat(info.path("params").path("text").asText()).isEqualTo(ChatPosting.DUPLICATE_TEXT);
        }
    }

    @Test
    void slowModeRejectsTooFastSendersWithAnInfoMsg() {
        HitboxSimulator sim = hitbox.simulator();
        Account mod = sim.addAccount("Moddy", Role.USER);
        try (HitboxClient m = joined(sim, mod); HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            m.emit("slowMode", params("channel", "chan", "time", "30"));
            JsonNode slow = a.nextMessage();
            assertThat(slow.path("method").asText()).isEqualTo("slowMsg");
            assertThat(slow.path("params").path("slowTime").asInt()).isEqualTo(30);
            assertThat(slow.path("params").path("action").asText()).isEqualTo("isAdmin");
            assertThat(slow.path("params").path("channel").asText()).isEqualTo("chan");
            m.nextMessage("slowMsg");

            say(a, "Alice", "first");
            assertThat(a.nextMessage().path("params").path("text").asText()).isEqualTo("first");
            say(a, "Alice", "second");
            JsonNode rejected = a.nextMessage();
            assertThat(rejected.path("method").asText()).isEqualTo("infoMsg");
            assertThat(rejected.path("params").path("text").asText())
                    .matches("Slow mode is enabled\\. You can send your next message in (29|30) seconds\\.");
            assertThat(rejected.path("params").path("channel").asText()).isEqualTo("chan");

            say(m, "Moddy", "mods are exempt");
            say(m, "Moddy", "twice");
            assertThat(m.nextMessage("chatMsg").path("params").path("text").asText()).isEqualTo("first");
            assertThat(m.nextMessage("chatMsg").path("params").path("text").asText()).isEqualTo("mods are exempt");
            assertThat(m.nextMessage("chatMsg").path("params").path("text").asText()).isEqualTo("twice");
        }
    }

    @Test
    void slowModeIsForModeratorsOnly() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            a.emit("slowMode", params("channel", "chan", "time", 30));
            a.expectNoMessage(Duration.ofMillis(300));
            say(a, "Alice", "one");
            say(a, "Alice", "two");
            a.nextMessage("chatMsg");
            assertThat(a.nextMessage().path("params").path("text").asText()).isEqualTo("two");
        }
    }

    @Test
    void subscriberOnlyMode() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient m = joined(sim, sim.addAccount("Moddy", Role.USER));
             HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON));
             HitboxClient s = joined(sim, sim.addAccount("Subby", Role.ANON, UserFlag.SUBSCRIBER))) {
            m.emit("slowMode", params("channel", "chan", "subscriber", true, "rate", 0));
            assertThat(a.nextMessage("slowMsg").path("params").has("slowTime")).isFalse();
            s.nextMessage("slowMsg");
            say(a, "Alice", "can I?");
            assertThat(a.nextMessage().path("params").path("text").asText())
                    .isEqualTo(ChatPosting.SUBSCRIBER_ONLY_TEXT);
            say(s, "Subby", "I can");
            assertThat(s.nextMessage().path("params").path("text").asText()).isEqualTo("I can");
        }
    }

    @Test
    void longTextIsCutToTheLimit() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            say(a, "Alice", "x".repeat(310));
            assertThat(a.nextMessage().path("params").path("text").asText()).hasSize(300);
        }
    }

    @Test
    void longTextCanBeDroppedInstead() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .maxTextLength(255).truncateLongText(false));
             HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            say(a, "Alice", "x".repeat(256));
            a.expectNoMessage(Duration.ofMillis(300));
            say(a, "Alice", "x".repeat(255));
            assertThat(a.nextMessage().path("params").path("text").asText()).hasSize(255);
        }
    }

    @Test
    void imageLinksAreMedia() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            say(a, "Alice", "look https://example.com/camel.png");
            assertThat(a.nextMessage().path("params").path("media").asBoolean()).isTrue();
            a.emit("mediaLog", params("channel", "chan", "type", "image", "name", "Alice", "token", "x"));
            JsonNode log = a.nextMessage();
            assertThat(log.path("method").asText()).isEqualTo("mediaLog");
            assertThat(log.path("params").path("data").get(0).path("url").asText())
                    .isEqualTo("https://example.com/camel.png");
        }
    }

    @Test
    void scriptedChatReachesClients() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            sim.chat(sim.viewer("Scripted"), "chan", "hi from the script");
            JsonNode chat = a.nextMessage().path("params");
            assertThat(chat.path("name").asText()).isEqualTo("Scripted");
            assertThat(chat.path("role").asText()).isEqualTo("anon");
            sim.me(sim.viewer("Scripted"), "chan", "dances");
            assertThat(a.nextMessage().path("params").path("type").asText()).isEqualTo("me");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> sim.chatLog("chan").size() == 2);
    }
}
