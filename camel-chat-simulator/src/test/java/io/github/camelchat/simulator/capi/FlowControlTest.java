package io.github.camelchat.simulator.capi;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.github.camelchat.simulator.capi.CapiClient.command;
import static io.github.camelchat.simulator.capi.CapiClient.status;
import static org.assertj.core.api.Assertions.assertThat;

/** Rate limit (6/8), the timed-out switch (6/5), slow and lost responses. */
@Timeout(60)
class FlowControlTest {

    private CapiSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private BotAccount botWithCompany() {
        BotAccount bot = sim.addBot("CamelBot", "Op Camel");
        sim.join(sim.user("Alice"));
        return bot;
    }

    @Test
    void defaultRateLimitIsFivePerTenSeconds() {
        CapiSimulatorOptions defaults = CapiSimulatorOptions.defaults();
        assertThat(defaults.rateLimitRequests()).isEqualTo(5);
        assertThat(defaults.rateLimitWindow()).isEqualTo(Duration.ofSeconds(10));
        sim = CapiSimulator.start();
        BotAccount bot = botWithCompany();
        ChannelUser alice = sim.user("Alice");
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            for (int i = 1; i <= 3; i++) {
                assertThat(status(client.call("Botapichat.SendMessageRequest", 10 + i, "{\"message\":\"m" + i + "\"}")))
                        .isEqualTo("none");
            }
            assertThat(status(client.call("Botapichat.SendWhisperRequest", 14,
                    "{\"message\":\"w\",\"user_id\":" + alice.id() + "}"))).as("whispers count too").isEqualTo("none");
            client.call("Botapichat.SendEmoteRequest", 15, "{\"message\":\"e\"}");
            client.nextMessage(); // the emote's echo
            JsonNode limited = client.call("Botapichat.SendMessageRequest", 16, "{\"message\":\"too many\"}");
            assertThat(limited.toString()).isEqualTo("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":16,"
                    + "\"status\":{\"area\":6,\"code\":8},\"payload\":{}}");
            assertThat(status(client.call("Botapichat.KickUserRequest", 17, "{\"user_id\":" + alice.id() + "}")))
                    .isEqualTo("6/8");
        }
        assertThat(sim.channelLog()).extracting(ChannelLine::text).containsExactly("m1", "m2", "m3", "e");
        assertThat(sim.members()).as("the limited kick had no effect").hasSize(1);
    }

    @Test
    void rateLimitWindowSlides() {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults().rateLimit(2, Duration.ofMillis(400)));
        BotAccount bot = botWithCompany();
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            assertThat(status(client.call("Botapichat.SendMessageRequest", 1, "{\"message\":\"a\"}"))).isEqualTo("none");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 2, "{\"message\":\"b\"}"))).isEqualTo("none");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 3, "{\"message\":\"c\"}"))).isEqualTo("6/8");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            String last;
            int id = 4;
            do {
                last = status(client.call("Botapichat.SendMessageRequest", id++, "{\"message\":\"d\"}"));
            } while (!last.equals("none") && System.nanoTime() < deadline);
            assertThat(last).as("accepted again once the window has passed").isEqualTo("none");
            sim.setRateLimit(0, Duration.ofSeconds(1));
            for (int i = 0; i < 10; i++) {
                assertThat(status(client.call("Botapichat.SendMessageRequest", 100 + i, "{\"message\":\"free\"}")))
                        .isEqualTo("none");
            }
        }
        assertThat(sim.channelLog()).extracting(ChannelLine::text).doesNotContain("c").containsSubsequence("a", "b", "d");
    }

    @Test
    void timedOutSwitchAnswers65WithoutEffect() {
        sim = CapiSimulator.start();
        BotAccount bot = botWithCompany();
        try (CapiClient client = CapiClient.connect(sim.url())) {
            sim.answerNextWithTimeout(1);
            JsonNode auth = client.call("Botapiauth.AuthenticateRequest", 1, "{\"api_key\":\"" + bot.apiKey() + "\"}");
            assertThat(status(auth)).isEqualTo("6/5");
            client.authenticate(bot.apiKey());
            client.connectAndList();
            sim.answerNextWithTimeout(2);
            assertThat(status(client.call("Botapichat.SendMessageRequest", 3, "{\"message\":\"lost 1\"}"))).isEqualTo("6/5");
            assertThat(status(client.call("Botapichat.SendEmoteRequest", 4, "{\"message\":\"lost 2\"}"))).isEqualTo("6/5");
            assertThat(status(client.call("Botapichat.SendMessageRequest", 5, "{\"message\":\"retried\"}"))).isEqualTo("none");
        }
        assertThat(sim.channelLog()).extracting(ChannelLine::text).containsExactly("retried");
    }

    @Test
    void droppedResponsesStillTakeEffect() {
        sim = CapiSimulator.start();
        BotAccount bot = botWithCompany();
        try (CapiClient client = CapiClient.connected(sim, bot)) {
            sim.dropNextResponses(1);
            client.request("Botapichat.SendMessageRequest", 3, "{\"message\":\"unanswered\"}");
            JsonNode next = client.call("Botapichat.SendMessageRequest", 4, "{\"message\":\"answered\"}");
            assertThat(next.path("request_id").asInt()).isEqualTo(4);
        }
        assertThat(sim.channelLog()).extracting(ChannelLine::text).containsExactly("unanswered", "answered");
    }

    @Test
    void slowServerDelaysEveryResponseInOrder() {
        sim = CapiSimulator.start(CapiSimulatorOptions.defaults().responseDelay(Duration.ofMillis(300)));
        BotAccount bot = botWithCompany();
        try (CapiClient client = CapiClient.connect(sim.url())) {
            long started = System.nanoTime();
            client.authenticate(bot.apiKey());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            client.connectAndList();
            sim.setResponseDelay(Duration.ZERO);
            sim.setResponseDelay(Duration.ofMillis(200));
            started = System.nanoTime();
            client.request("Botapichat.SendMessageRequest", 10, "{\"message\":\"first\"}");
            client.request("Botapichat.SendMessageRequest", 11, "{\"message\":\"second\"}");
            assertThat(client.nextJson().path("request_id").asInt()).isEqualTo(10);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(client.nextJson().path("request_id").asInt()).isEqualTo(11);
            sim.setResponseDelay(Duration.ZERO);
            assertThat(command(client.call("Botapichat.SendMessageRequest", 12, "{\"message\":\"fast\"}")))
                    .isEqualTo("Botapichat.SendMessageResponse");
        }
    }
}
