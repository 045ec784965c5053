package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Game events and the sockets they reach. */
@Timeout(60)
class EventsTest {

    private ChatboxSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private static List<String> names(JsonNode playersPacket) {
        List<String> names = new ArrayList<>();
        playersPacket.path("players").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    @Test
    void joinAndLeaveAreFollowedByPlayersPackets() {
        sim = ChatboxSimulator.start();
        Player alice = sim.player("Alice");
        Player bob = sim.player("Bob");
        sim.join(alice);
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.join(bob);
            JsonNode join = client.nextJson();
            assertThat(join.path("event").asText()).isEqualTo("join");
            assertThat(join.path("user").path("name").asText()).isEqualTo("Bob");
            assertThat(GreetingTest.keys(join)).containsExactly("user", "time", "event", "id", "ok", "type");
            JsonNode players = client.nextJson();
            assertThat(players.path("type").asText()).isEqualTo("players");
            assertThat(names(players)).as("online list plus the joiner, as RCC builds it")
                    .containsExactly("Alice", "Bob", "Bob");

            sim.leave(alice);
            JsonNode leave = client.nextJson();
            assertThat(leave.path("event").asText()).isEqualTo("leave");
            assertThat(leave.path("user").path("name").asText()).isEqualTo("Alice");
            assertThat(names(client.nextJson())).containsExactly("Bob");
            client.expectNothing(Duration.ofMillis(200));
        }
    }

    @Test
    void joinerListedOnceWhenAskedFor() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().joinerListedTwice(false));
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.join(sim.player("Alice"));
            client.nextEvent("join");
            assertThat(names(client.nextJson())).containsExactly("Alice");
        }
    }

    @Test
    void publicCommandsGoToEveryCommandSocketAndOwnerOnlyOnesToTheOwner() {
        sim = ChatboxSimulator.start();
        Player alice = sim.player("Alice");
        sim.join(alice);
        License alices = sim.addLicense(alice);
        License others = sim.addLicense("Other");
        License readOnly = sim.addLicense("Reader", Capability.READ);
        try (TestClient own = TestClient.connect(sim.url(alices)).greeted();
             TestClient other = TestClient.connect(sim.url(others)).greeted();
             TestClient reader = TestClient.connect(sim.url(readOnly)).greeted()) {
            sim.chat(alice, "\\weather  in   paris");
            for (TestClient c : List.of(own, other)) {
                JsonNode command = c.nextJson();
                assertThat(command.path("event").asText()).isEqualTo("command");
                assertThat(command.path("command").asText()).isEqualTo("weather");
                assertThat(command.path("args").toString()).isEqualTo("[\"in\",\"paris\"]");
                assertThat(command.path("ownerOnly").asBoolean()).isFalse();
                assertThat(GreetingTest.keys(command)).containsExactly("user", "command", "args", "ownerOnly", "time",
                        "event", "id", "ok", "type");
            }
            sim.chat(alice, "^secret x");
            sim.chat(alice, "|pipe");
            JsonNode caret = own.nextJson();
            assertThat(caret.path("command").asText()).isEqualTo("secret");
            assertThat(caret.path("ownerOnly").asBoolean()).isTrue();
            assertThat(own.nextJson().path("command").asText()).isEqualTo("pipe");

            sim.chat(alice, "plain **chat**");
            for (TestClient c : List.of(own, other, reader)) {
                JsonNode chat = c.nextJson();
                assertThat(chat.path("event").asText())
                        .as("commands never show up as chat, and readers without command see none")
                        .isEqualTo("chat_ingame");
                assertThat(chat.path("text").asText()).isEqualTo("plain chat");
                assertThat(chat.path("rawText").asText()).isEqualTo("plain **chat**");
            }
        }
    }

    @Test
    void otherEvents() {
        sim = ChatboxSimulator.start();
        Player alice = sim.player("Alice");
        Player bob = sim.player("Bob");
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.discordChat(DiscordUser.named("remi").withLinkedPlayer(alice.uuid()), "from discord", true);
            JsonNode discord = client.nextJson();
            assertThat(discord.path("event").asText()).isEqualTo("chat_discord");
            assertThat(discord.path("edited").asBoolean()).isTrue();
            assertThat(discord.path("discordId").isTextual()).isTrue();
            assertThat(discord.path("discordUser").path("id").isTextual()).as("Discord ids are strings").isTrue();
            assertThat(discord.path("discordUser").path("linkedUser").path("name").asText()).isEqualTo("Alice");

            sim.death(alice, null, "Alice fell out of the world");
            JsonNode death = client.nextJson();
            assertThat(death.path("text").asText()).isEqualTo("Alice fell out of the world");
            assertThat(death.has("source")).isFalse();
            sim.death(alice, bob, null);
            JsonNode killed = client.nextJson();
            assertThat(killed.path("source").path("name").asText()).isEqualTo("Bob");
            assertThat(killed.path("text").asText()).isEqualTo("Alice died");

            sim.worldChange(alice, "minecraft:overworld", "minecraft:the_nether");
            JsonNode world = client.nextJson();
            assertThat(world.path("event").asText()).isEqualTo("world_change");
            assertThat(world.path("origin").asText()).isEqualTo("minecraft:overworld");
            assertThat(world.path("destination").asText()).isEqualTo("minecraft:the_nether");
            assertThat(world.path("user").path("world").asText()).isEqualTo("minecraft:the_nether");

            sim.afk(alice);
            JsonNode afk = client.nextJson();
            assertThat(afk.path("event").asText()).isEqualTo("afk");
            assertThat(afk.path("user").path("afk").asBoolean()).isTrue();
            sim.afkReturn(alice);
            JsonNode back = client.nextJson();
            assertThat(back.path("event").asText()).isEqualTo("afk_return");
            assertThat(back.path("user").path("afk").asBoolean()).isFalse();
        }
    }

    @Test
    void restartScheduledAndCancelled() {
        sim = ChatboxSimulator.start();
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.scheduleRestart("manual", 60);
            JsonNode scheduled = client.nextJson();
            assertThat(GreetingTest.keys(scheduled)).containsExactly("restartType", "restartSeconds", "restartAt", "time",
                    "event", "id", "ok", "type");
            assertThat(scheduled.path("event").asText()).isEqualTo("server_restart_scheduled");
            assertThat(scheduled.path("restartSeconds").asInt()).isEqualTo(60);
            try (TestClient late = TestClient.connect(sim.guestUrl())) {
                assertThat(late.nextJson().path("type").asText()).isEqualTo("players");
                JsonNode pending = late.nextJson();
                assertThat(pending.path("event").asText()).isEqualTo("server_restart_scheduled");
                assertThat(pending.path("restartSeconds").asInt()).isBetween(55, 60);
                assertThat(pending.path("restartAt").asText()).isEqualTo(scheduled.path("restartAt").asText());
                assertThat(late.nextJson().path("type").asText()).isEqualTo("hello");
            }
            sim.cancelRestart();
            JsonNode cancelled = client.nextJson();
            assertThat(cancelled.path("event").asText()).isEqualTo("server_restart_cancelled");
            assertThat(cancelled.path("restartType").asText()).isEqualTo("manual");
        }
    }

    @Test
    void aDueScheduledRestartRestartsTheServerWhenAskedTo() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().executeScheduledRestarts(true)
                .scheduledRestartDowntime(Duration.ofMillis(300)));
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.scheduleRestart("automatic", 1);
            assertThat(client.nextEvent("server_restart_scheduled").path("restartType").asText()).isEqualTo("automatic");
            assertThat(client.awaitClose().code()).isEqualTo(4000);
        }
        await().atMost(Duration.ofSeconds(10)).until(sim::isListening);
        try (TestClient again = TestClient.connect(sim.guestUrl())) {
            again.nextOfType("players");
            assertThat(again.nextJson().path("type").asText()).as("no restart pending any more").isEqualTo("hello");
        }
    }

    @Test
    void rccBugsOnRequest() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().quirks(Quirk.ALL_RCC_BUGS));
        Player alice = sim.player("Alice");
        try (TestClient client = TestClient.connect(sim.guestUrl()).greeted()) {
            sim.afkReturn(alice);
            assertThat(client.nextJson().path("event").asText()).as("AFK return sent as afk").isEqualTo("afk");
            sim.scheduleRestart("automatic", 30);
            assertThat(client.nextJson().path("restartSeconds").asInt()).isZero();
            try (TestClient late = TestClient.connect(sim.guestUrl())) {
                late.nextOfType("players");
                assertThat(late.next()).isEqualTo("null");
                late.nextOfType("hello");
            }
            sim.cancelRestart();
            client.expectNothing(Duration.ofMillis(300));
            try (TestClient later = TestClient.connect(sim.guestUrl())) {
                later.nextOfType("players");
                assertThat(later.next()).as("RCC never forgets the restart").isEqualTo("null");
            }
        }
    }
}
