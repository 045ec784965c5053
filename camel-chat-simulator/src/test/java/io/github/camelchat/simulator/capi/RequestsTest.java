package io.github.camelchat.simulator.capi;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.github.camelchat.simulator.capi.CapiClient.command;
import static io.github.camelchat.simulator.capi.CapiClient.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each request kind and its effect, the 8/2 cases, and the live channel events. Frames on one socket come in a fixed
 * order, so "nothing was echoed" is shown by the next frame being the answer to a later request.
 */
@Timeout(60)
class RequestsTest {

    private static final String UPDATE = "Botapichat.UserUpdateEventRequest";
    private static final String LEAVE = "Botapichat.UserLeaveEventRequest";

    private CapiSimulator sim;
    private BotAccount bot;
    private ChannelUser alice;
    private ChannelUser bob;

    @BeforeEach
    void start() {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults().rateLimit(0, Duration.ofSeconds(1)));
        bot = sim.addBot("CamelBot", "Op Camel", UserFlag.MODERATOR);
        alice = sim.join(sim.user("Alice"));
        bob = sim.join(sim.user("Bob"));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void messagesAndWhispersAreNotEchoedButEmotesAre() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            assertThat(status(client.call("Botapichat.SendMessageRequest", 3, "{\"message\":\"hello all\"}")))
                    .isEqualTo("none");
            assertThat(status(client.call("Botapichat.SendWhisperRequest", 4,
                    "{\"message\":\"psst\",\"user_id\":" + alice.id() + "}"))).isEqualTo("none");
            client.call("Botapichat.SendWhisperRequest", 5, "{\"message\":\"as string\",\"user_id\":\"" + bob.id() + "\"}");
            JsonNode response = client.call("Botapichat.SendEmoteRequest", 6, "{\"message\":\"waves\"}");
            assertThat(response.toString())
                    .isEqualTo("{\"command\":\"Botapichat.SendEmoteResponse\",\"request_id\":6,\"payload\":{}}");
            assertThat(client.next()).isEqualTo("{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":6,"
                    + "\"payload\":{\"user_id\":1,\"message\":\"waves\",\"type\":\"Emote\"}}");
        }
        assertThat(sim.channelLog()).containsExactly(
                new ChannelLine("Op Camel", "[B]camelbot", MessageType.CHANNEL, "hello all"),
                new ChannelLine("Op Camel", "[B]camelbot", MessageType.EMOTE, "waves"));
        assertThat(sim.whispersTo(alice)).containsExactly("psst");
        assertThat(sim.whispersTo(sim.user("BOB"))).containsExactly("as string");
        sim.clearRecords();
        assertThat(sim.channelLog()).isEmpty();
        assertThat(sim.whispersTo(alice)).isEmpty();
        assertThat(sim.received(bot)).isEmpty();
    }

    @Test
    void noOneHearsYouInAnEmptyChannel() {
        BotAccount lonely = sim.addBot("Lonely", "Empty Room");
        try (CapiClient client = CapiClient.connected(sim, lonely)) {
            client.call("Botapichat.SendMessageRequest", 3, "{\"message\":\"anyone?\"}");
            JsonNode info = client.nextMessage();
            assertThat(info.toString()).isEqualTo("{\"user_id\":0,\"message\":\"No one hears you.\",\"type\":\"ServerInfo\"}");
        }
    }

    @Test
    void kickRemovesTheUserWithAServerInfo() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            // peonbot sends toon_name with a kick: unknown keys are ignored
            assertThat(status(client.call("Botapichat.KickUserRequest", 3,
                    "{\"user_id\":" + alice.id() + ",\"toon_name\":\"\"}"))).isEqualTo("none");
            assertThat(client.nextMessage().toString()).isEqualTo("{\"user_id\":0,"
                    + "\"message\":\"Alice was kicked out of the channel by [B]camelbot.\",\"type\":\"ServerInfo\"}");
            assertThat(client.nextEvent(LEAVE).toString()).isEqualTo("{\"user_id\":" + alice.id() + "}");
        }
        assertThat(sim.members()).extracting(ChannelUser::toonName).containsExactly("Bob");
    }

    @Test
    void banAndUnbanWithTheirServerInfoTexts() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            client.call("Botapichat.BanUserRequest", 3, "{\"user_id\":" + bob.id() + "}");
            assertThat(client.nextMessage().path("message").asText()).isEqualTo("Bob was banned by [B]camelbot.");
            assertThat(client.nextEvent(LEAVE).path("user_id").asInt()).isEqualTo(bob.id());
            assertThat(sim.bans()).containsExactly("Bob");
            assertThat(sim.members()).extracting(ChannelUser::toonName).containsExactly("Alice");

            sim.join(bob);
            sim.say(alice, "after the bounce");
            assertThat(client.nextMessage().path("message").asText()).as("a banned user bounces without events")
                    .isEqualTo("after the bounce");

            // peonbot sends user_id 0 with an unban
            client.call("Botapichat.UnbanUserRequest", 4, "{\"toon_name\":\"bob\",\"user_id\":0}");
            JsonNode unbanned = client.nextMessage();
            assertThat(unbanned.path("message").asText()).isEqualTo("Bob was unbanned by [B]camelbot.");
            assertThat(unbanned.path("type").asText()).isEqualTo("ServerInfo");
            assertThat(sim.bans()).isEmpty();

            client.call("Botapichat.UnbanUserRequest", 5, "{\"toon_name\":\"Nobody\"}");
            JsonNode error = client.nextMessage();
            assertThat(error.path("type").asText()).isEqualTo("ServerError");
            assertThat(error.path("message").asText()).isEqualTo("That user is not banned.");

            ChannelUser back = sim.join(bob);
            assertThat(back.id()).as("ids are kept for rejoins").isEqualTo(bob.id());
            assertThat(client.nextEvent(UPDATE).path("toon_name").asText()).isEqualTo("Bob");
        }
    }

    @Test
    void setModeratorPromotesTheUserAndTheBotGivesUpOp() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            assertThat(status(client.call("Botapichat.SendSetModeratorRequest", 3, "{\"user_id\":" + alice.id() + "}")))
                    .isEqualTo("none");
            assertThat(client.nextEvent(UPDATE).toString())
                    .isEqualTo("{\"user_id\":" + alice.id() + ",\"flag\":[\"Moderator\"]}");
            assertThat(client.nextEvent(UPDATE).toString()).isEqualTo("{\"user_id\":1,\"flag\":[]}");
            assertThat(sim.bot(bot.apiKey()).flags()).isEmpty();
            assertThat(sim.user("alice").flags()).containsExactly(UserFlag.MODERATOR);

            JsonNode alias = client.call("Botapichat.SetModeratorRequest", 4, "{\"user_id\":" + bob.id() + "}");
            assertThat(command(alias)).isEqualTo("Botapichat.SetModeratorResponse");
            assertThat(client.nextEvent(UPDATE).toString()).isEqualTo("{\"user_id\":" + bob.id() + ",\"flag\":[\"Moderator\"]}");
        }
    }

    @Test
    void disconnectAnswersThenSendsTheEventThenCloses() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            client.call("Botapichat.DisconnectRequest", 3, "{}");
            assertThat(client.next()).startsWith("{\"command\":\"Botapichat.DisconnectEventRequest\",\"request_id\":")
                    .endsWith(",\"payload\":{}}");
            assertThat(client.awaitClose().code()).isEqualTo(1000);
        }
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.disconnectBot(bot);
            assertThat(command(client.nextJson())).isEqualTo("Botapichat.DisconnectEventRequest");
            assertThat(client.awaitClose().code()).isEqualTo(1000);
        }
    }

    @Test
    void badRequestsAre82WithTheirIdWhereReadable() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            client.send("{\"command\":\"Botapichat.SendMessageRequest\",\"request_id\":42,\"payload\":{\"message\":");
            assertThat(client.next()).isEqualTo("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":42,"
                    + "\"status\":{\"area\":8,\"code\":2},\"payload\":{}}");
            client.send("[1,2,3]");
            assertThat(client.next()).isEqualTo("{\"command\":\"Response\",\"request_id\":0,"
                    + "\"status\":{\"area\":8,\"code\":2},\"payload\":{}}");
            client.send("{\"request_id\":43,\"payload\":{}}");
            assertThat(status(client.nextJson())).as("no command").isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.FlyRequest", 44, "{}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 45, "[\"payload\",\"not\",\"object\"]")))
                    .isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 46, "{}"))).as("no message").isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 47, "{\"message\":\"\"}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendEmoteRequest", 48, "{\"message\":7}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendWhisperRequest", 49, "{\"message\":\"x\",\"user_id\":99}")))
                    .as("unknown user").isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendWhisperRequest", 50, "{\"message\":\"x\",\"user_id\":1}")))
                    .as("the bot itself").isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendWhisperRequest", 51, "{\"message\":\"x\",\"user_id\":\"two\"}")))
                    .isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.KickUserRequest", 52, "{\"user_id\":99}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.BanUserRequest", 53, "{}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.UnbanUserRequest", 54, "{}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendSetModeratorRequest", 55, "{\"user_id\":99}"))).isEqualTo("8/2");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 56, "{\"message\":\"still fine\"}")))
                    .isEqualTo("none");
        }
        assertThat(sim.channelLog()).extracting(ChannelLine::text).containsExactly("still fine");
        assertThat(sim.members()).hasSize(2);
    }

    @Test
    void liveChannelEvents() {
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            ChannelUser carol = sim.join(sim.user("Carol").withProgramId("STAR").withAttribute(ChannelUser.WINS, "3"));
            assertThat(client.nextEvent(UPDATE).toString()).as("a join has no flag").isEqualTo("{\"user_id\":" + carol.id()
                    + ",\"toon_name\":\"Carol\",\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"STAR\"},"
                    + "{\"key\":\"Wins\",\"value\":\"3\"}]}");
            ChannelUser dave = sim.join(sim.user("Dave").withFlags(UserFlag.SPEAKER));
            assertThat(client.nextEvent(UPDATE).has("flag")).isFalse();
            assertThat(client.nextEvent(UPDATE).toString()).as("flags follow separately")
                    .isEqualTo("{\"user_id\":" + dave.id() + ",\"flag\":[\"Speaker\"]}");
            sim.setFlags(carol, UserFlag.MODERATOR, UserFlag.MUTE_GLOBAL);
            assertThat(client.nextEvent(UPDATE).toString())
                    .isEqualTo("{\"user_id\":" + carol.id() + ",\"flag\":[\"Moderator\",\"MuteGlobal\"]}");
            sim.sendUnchangedUpdate(carol);
            assertThat(client.nextEvent(UPDATE).path("toon_name").asText()).isEqualTo("Carol");
            sim.say(carol, "hi bot");
            assertThat(client.nextMessage().toString())
                    .isEqualTo("{\"user_id\":" + carol.id() + ",\"message\":\"hi bot\",\"type\":\"Channel\"}");
            sim.whisperBot(carol, "secret");
            assertThat(client.nextMessage().toString())
                    .isEqualTo("{\"user_id\":" + carol.id() + ",\"message\":\"secret\",\"type\":\"Whisper\"}");
            sim.emote(carol, "dances");
            assertThat(client.nextMessage().path("type").asText()).isEqualTo("Emote");
            sim.serverInfo("Welcome to Battle.net!");
            assertThat(client.nextMessage().toString())
                    .isEqualTo("{\"user_id\":0,\"message\":\"Welcome to Battle.net!\",\"type\":\"ServerInfo\"}");
            sim.serverError("That channel is full.");
            assertThat(client.nextMessage().path("type").asText()).isEqualTo("ServerError");
            sim.leave(carol);
            assertThat(client.nextEvent(LEAVE).toString()).isEqualTo("{\"user_id\":" + carol.id() + "}");
            ChannelUser outsider = sim.user("Outsider");
            sim.whisperBot(outsider, bot, "from afar");
            assertThat(client.nextMessage().path("message").asText()).isEqualTo("from afar");
        }
        assertThat(sim.members()).extracting(ChannelUser::toonName).containsExactly("Alice", "Bob", "Dave");
    }

    @Test
    void eventsGoOnlyToBotsOfTheUsersChannel() {
        BotAccount other = sim.addBot("Other", "Elsewhere");
        try (CapiClient mine = CapiClient.connected(sim, bot); CapiClient theirs = CapiClient.connected(sim, other)) {
            ChannelUser eve = sim.join("Elsewhere", sim.user("Eve"));
            assertThat(theirs.nextEvent(UPDATE).path("user_id").asInt()).isEqualTo(eve.id());
            sim.say(alice, "only in Op Camel");
            assertThat(mine.nextMessage().path("message").asText()).isEqualTo("only in Op Camel");
            sim.join(eve);
            assertThat(theirs.nextEvent(LEAVE).path("user_id").asInt()).as("moving leaves the old channel")
                    .isEqualTo(eve.id());
            assertThat(mine.nextEvent(UPDATE).path("toon_name").asText()).isEqualTo("Eve");
        }
        assertThat(sim.members("elsewhere")).isEmpty();
    }
}
