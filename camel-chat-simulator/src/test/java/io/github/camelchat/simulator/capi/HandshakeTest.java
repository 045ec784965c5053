package io.github.camelchat.simulator.capi;

import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.github.camelchat.simulator.capi.CapiClient.command;
import static io.github.camelchat.simulator.capi.CapiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Upgrade, authentication, the connect sequence and the envelope variants. */
@Timeout(60)
class HandshakeTest {

    private CapiSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void authConnectAndTheInitialListingInOrder() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        assertThat(bot.toonName()).isEqualTo("[B]camelbot");
        assertThat(bot.apiKey()).matches("[0-9a-f]{32}");
        assertThat(bot.toString()).doesNotContain(bot.apiKey());
        ChannelUser alice = sim.join(sim.user("Alice"));
        ChannelUser bob = sim.join(sim.user("Bob").withProgramId("SEXP").withAttribute(ChannelUser.WINS, "12")
                .withAttribute(ChannelUser.RATE, "1500").withFlags(UserFlag.MODERATOR));
        assertThat(alice.id()).isEqualTo(2);
        assertThat(bob.id()).isEqualTo(3);

        try (CapiClient client = CapiClient.connect(sim.url())) {
            assertThat(client.subprotocol()).as("none offered, none chosen").isEmpty();
            client.send("{\"command\":\"Botapiauth.AuthenticateRequest\",\"request_id\":7,\"payload\":{\"api_key\":\""
                    + bot.apiKey() + "\"}}");
            assertThat(client.next()).isEqualTo("{\"command\":\"Botapiauth.AuthenticateResponse\",\"request_id\":7,"
                    + "\"payload\":{}}");
            client.send("{\"command\":\"Botapichat.ConnectRequest\",\"request_id\":8,\"payload\":{}}");
            assertThat(client.next()).as("ConnectResponse is the very next frame")
                    .isEqualTo("{\"command\":\"Botapichat.ConnectResponse\",\"request_id\":8,\"payload\":{}}");
            String self = "{\"user_id\":1,\"toon_name\":\"[B]camelbot\",\"flag\":[],"
                    + "\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"CHAT\"}]}";
            assertThat(client.next()).isEqualTo(
                    "{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":1,\"payload\":" + self + "}");
            assertThat(client.next()).isEqualTo(
                    "{\"command\":\"Botapichat.ConnectEventRequest\",\"request_id\":2,\"payload\":{\"channel\":\"Op Camel\"}}");
            assertThat(client.next()).isEqualTo("{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":3,"
                    + "\"payload\":{\"user_id\":2,\"toon_name\":\"Alice\",\"flag\":[],"
                    + "\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"W3XP\"}]}}");
            assertThat(client.next()).as("ProgramId first, then in the order added")
                    .isEqualTo("{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":4,"
                    + "\"payload\":{\"user_id\":3,\"toon_name\":\"Bob\",\"flag\":[\"Moderator\"],"
                    + "\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"SEXP\"},{\"key\":\"Wins\",\"value\":\"12\"},"
                    + "{\"key\":\"Rate\",\"value\":\"1500\"}]}}");
            assertThat(client.next()).as("the bot's update again ends the listing").isEqualTo(
                    "{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":5,\"payload\":" + self + "}");
        }
        assertThat(sim.received(bot)).hasSize(2);
        assertThat(sim.members()).extracting(ChannelUser::toonName).containsExactly("Alice", "Bob");
    }

    @Test
    void badKeyClosesWithoutAnyResponseOrStatus() {
        sim = CapiSimulator.start();
        sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.request("Botapiauth.AuthenticateRequest", 1, "{\"api_key\":\"not-a-key\"}");
            CapiClient.Close close = client.awaitClose();
            assertThat(close.code()).as("a Close frame without status: " + close).isEqualTo(1005);
            assertThat(client.allFrames()).as("no response").isEmpty();
        }
        assertThat(sim.received("not-a-key")).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 0);
    }

    @Test
    void apiKeysNeverReachTheLog() throws Exception {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        String badKey = "0123456789abcdef0123456789abcdef";
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.send("{\"command\":\"Botapiauth.AuthenticateRequest\",\"requestId\":1,\"payload\":{\"api_key\":\""
                    + bot.apiKey() + "\"}}");
            client.next();
        }
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.request("Botapiauth.AuthenticateRequest", 1, "{\"api_key\":\"" + badKey + "\"}");
            client.awaitClose();
        }
        Path log = Path.of("target/camel-chat-simulator-test.log");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(log) && Files.readString(log).contains("****" + badKey.substring(28)));
        assertThat(Files.readString(log)).doesNotContain(bot.apiKey()).doesNotContain(badKey)
                .contains("****" + bot.apiKey().substring(28));
    }

    @Test
    void authenticateWithoutKeyIsTheBadKeyPathToo() {
        sim = CapiSimulator.start();
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.send("{\"command\":\"Botapiauth.AuthenticateRequest\",\"request_id\":1}");
            assertThat(client.awaitClose().code()).isEqualTo(1005);
            assertThat(client.allFrames()).isEmpty();
        }
    }

    @Test
    void closeBeforeAuthResponseSwitchAndRevokedKeys() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        sim.setCloseBeforeAuthResponse(true);
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.request("Botapiauth.AuthenticateRequest", 1, "{\"api_key\":\"" + bot.apiKey() + "\"}");
            assertThat(client.awaitClose().code()).isEqualTo(1005);
            assertThat(client.allFrames()).isEmpty();
        }
        sim.setCloseBeforeAuthResponse(false);
        CapiClient connected = CapiClient.connected(sim, bot);
        sim.revokeBot(bot);
        assertThat(connected.awaitClose().code()).as("an expired key ends the session the same way").isEqualTo(1005);
        connected.close();
        assertThat(sim.bot(bot.apiKey())).isNull();
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.request("Botapiauth.AuthenticateRequest", 1, "{\"api_key\":\"" + bot.apiKey() + "\"}");
            assertThat(client.awaitClose().code()).isEqualTo(1005);
        }
    }

    @Test
    void jsonSubprotocolIsEchoedWhenOffered() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connect(sim.url(), "json")) {
            assertThat(client.subprotocol()).isEqualTo("json");
            client.authenticate(bot.apiKey());
        }
        try (CapiClient client = CapiClient.connect(sim.url(), "xml", "json")) {
            assertThat(client.subprotocol()).isEqualTo("json");
        }
    }

    @Test
    void onlyTheApiPathUpgrades() {
        sim = CapiSimulator.start();
        assertThat(sim.url()).isEqualTo("ws://127.0.0.1:" + sim.port() + "/v1/rpc/chat");
        assertThatThrownBy(() -> CapiClient.connect("ws://127.0.0.1:" + sim.port() + "/v1/rpc/other"))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThat(sim.connectionAttempts()).isEqualTo(1);
        assertThat(sim.openConnections()).isZero();
    }

    @Test
    void successStatusOption() {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults().sendSuccessStatus(true));
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.send("{\"command\":\"Botapiauth.AuthenticateRequest\",\"request_id\":1,\"payload\":{\"api_key\":\""
                    + bot.apiKey() + "\"}}");
            assertThat(client.next()).isEqualTo("{\"command\":\"Botapiauth.AuthenticateResponse\",\"request_id\":1,"
                    + "\"status\":{\"area\":0,\"code\":0},\"payload\":{}}");
            client.request("Botapichat.ConnectRequest", 2, "{}");
            assertThat(status(client.nextJson())).isEqualTo("0/0");
            client.nextEvent("Botapichat.UserUpdateEventRequest");
            assertThat(client.nextJson().has("status")).as("events never carry a status").isFalse();
        }
    }

    @Test
    void theDocumentsVariantsAreAccepted() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        sim.join(sim.user("Alice"));
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.authenticate(bot.apiKey());
            // leading space, requestId typo, no payload
            client.send("{\"command\":\" Botapichat.ConnectRequest\",\"requestId\":5}");
            JsonNode response = client.nextJson();
            assertThat(response.toString())
                    .isEqualTo("{\"command\":\"Botapichat.ConnectResponse\",\"request_id\":5,\"payload\":{}}");
            assertThat(client.readListing()).hasSize(4);
            // request ids are echoed verbatim, repeated ids are fine, unknown keys are ignored
            client.send("{\"command\":\"Botapichat.SendMessageRequest\",\"request_id\":\"abc\",\"extra\":true,"
                    + "\"payload\":{\"message\":\"one\",\"colour\":\"red\"}}");
            assertThat(client.next()).startsWith("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":\"abc\",");
            client.send("{\"command\":\"Botapichat.SendMessageRequest\",\"request_id\":9,\"payload\":{\"message\":\"two\"}}");
            assertThat(client.nextJson().path("request_id").asInt()).isEqualTo(9);
            client.send("{\"command\":\"Botapichat.SendMessageRequest\",\"request_id\":9,\"payload\":{\"message\":\"three\"}}");
            assertThat(client.nextJson().path("request_id").asInt()).isEqualTo(9);
            client.send("{\"command\":\"Botapichat. SendEmoteRequest\",\"request_id\":10,\"payload\":{\"message\":\"waves\"}}");
            assertThat(command(client.nextJson())).isEqualTo("Botapichat.SendEmoteResponse");
        }
        assertThat(sim.channelLog()).extracting(ChannelLine::text).containsExactly("one", "two", "three", "waves");
    }

    @Test
    void chatRequestsBeforeConnectAreNotConnected() {
        sim = CapiSimulator.start();
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        try (CapiClient client = CapiClient.connect(sim.url())) {
            assertThat(status(client.call("Botapichat.SendMessageRequest", 1, "{\"message\":\"hi\"}")))
                    .as("before auth").isEqualTo("8/1");
            assertThat(status(client.call("Botapichat.ConnectRequest", 2, "{}"))).as("connect before auth")
                    .isEqualTo("8/1");
            client.authenticate(bot.apiKey());
            for (String request : List.of("SendMessageRequest", "SendEmoteRequest", "SendWhisperRequest",
                    "BanUserRequest", "KickUserRequest", "UnbanUserRequest", "SendSetModeratorRequest",
                    "DisconnectRequest")) {
                assertThat(status(client.call("Botapichat." + request, 3, "{\"message\":\"hi\",\"user_id\":2}")))
                        .as(request).isEqualTo("8/1");
            }
            client.connectAndList();
            assertThat(status(client.call("Botapichat.SendMessageRequest", 4, "{\"message\":\"hi\"}"))).isEqualTo("none");
        }
        assertThat(sim.received("")).as("frames before auth").hasSize(2);
        assertThat(sim.channelLog()).extracting(ChannelLine::text).containsExactly("hi");
    }

    @Test
    void specShapeUsesFlagsListAndAttributesObject() {
        sim = CapiSimulator.start(CapiSimulatorOptions.specShape());
        BotAccount bot = sim.addBot("CamelBot", "Op Camel", UserFlag.MODERATOR);
        ChannelUser bob = sim.join(sim.user("Bob").withAttribute(ChannelUser.RANK, "3")
                .withFlags(UserFlag.SPEAKER, UserFlag.ADMIN));
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.authenticate(bot.apiKey());
            List<JsonNode> listing = client.connectAndList();
            assertThat(listing.get(1).path("payload").toString()).isEqualTo("{\"user_id\":1,\"toon_name\":\"[B]camelbot\","
                    + "\"flags\":[\"Moderator\"],\"attributes\":{\"ProgramId\":\"CHAT\"}}");
            assertThat(listing.get(3).path("payload").toString()).isEqualTo("{\"user_id\":" + bob.id()
                    + ",\"toon_name\":\"Bob\",\"flags\":[\"Admin\",\"Speaker\"],"
                    + "\"attributes\":{\"ProgramId\":\"W3XP\",\"Rank\":\"3\"}}");
            ChannelUser carol = sim.join(sim.user("Carol"));
            assertThat(client.nextEvent("Botapichat.UserUpdateEventRequest").toString())
                    .isEqualTo("{\"user_id\":" + carol.id() + ",\"toon_name\":\"Carol\",\"attributes\":{\"ProgramId\":\"W3XP\"}}");
            sim.setFlags(carol, UserFlag.MUTE_WHISPER);
            assertThat(client.nextEvent("Botapichat.UserUpdateEventRequest").toString())
                    .isEqualTo("{\"user_id\":" + carol.id() + ",\"flags\":[\"MuteWhisper\"]}");
        }
    }

    @Test
    void flagsMayComeInASeparateUpdateDuringTheListing() {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults().separateFlagUpdates(true));
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        ChannelUser bob = sim.join(sim.user("Bob").withFlags(UserFlag.MODERATOR));
        try (CapiClient client = CapiClient.connect(sim.url())) {
            client.authenticate(bot.apiKey());
            List<JsonNode> listing = client.connectAndList();
            assertThat(listing).hasSize(6);
            assertThat(listing.get(3).path("payload").toString()).isEqualTo("{\"user_id\":" + bob.id()
                    + ",\"toon_name\":\"Bob\",\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"W3XP\"}]}");
            assertThat(listing.get(4).path("payload").toString())
                    .isEqualTo("{\"user_id\":" + bob.id() + ",\"flag\":[\"Moderator\"]}");
        }
    }
}
