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

/** The per-license queue and the delivery tick. */
@Timeout(60)
class QueueTest {

    /** Long enough that nothing is delivered while a test fills the queue; tickNow() delivers on demand. */
    private static final Duration NEVER = Duration.ofHours(1);

    private ChatboxSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private static String say(int id, String text) {
        return "{\"type\":\"say\",\"id\":" + id + ",\"text\":\"" + text + "\"}";
    }

    @Test
    void queuedAtOnceThenSentOnTheTick() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(Duration.ofMillis(50)));
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send(say(1, "hello"));
            JsonNode queued = client.nextJson();
            assertThat(queued.path("reason").asText()).isEqualTo("message_queued");
            assertThat(queued.path("id").asInt()).isEqualTo(1);
            JsonNode echo = client.nextJson();
            assertThat(echo.path("event").asText()).as("the echo comes before message_sent").isEqualTo("chat_chatbox");
            JsonNode sent = client.nextJson();
            assertThat(sent.path("reason").asText()).isEqualTo("message_sent");
            assertThat(sent.path("id").asInt()).isEqualTo(1);
            assertThat(sim.delivered()).containsExactly("[CB] Owner: hello");
        }
    }

    @Test
    void sixthMessageIsRateLimitedAndTheRestGoOutInOrder() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(NEVER));
        License license = sim.addLicense("Owner", Capability.SAY, Capability.TELL);
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            for (int id = 1; id <= 6; id++) {
                client.send(say(id, "m" + id));
            }
            for (int id = 1; id <= 5; id++) {
                assertThat(client.next()).isEqualTo(
                        "{\"reason\":\"message_queued\",\"id\":" + id + ",\"ok\":true,\"type\":\"success\"}");
            }
            assertThat(client.next()).isEqualTo("{\"error\":\"rate_limited\",\"message\":\"You got rate limited.\","
                    + "\"id\":6,\"ok\":false,\"type\":\"error\"}");
            List<Integer> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sim.tickNow();
                sent.add(client.nextOfType("success").path("id").asInt());
            }
            assertThat(sent).containsExactly(1, 2, 3, 4, 5);
            assertThat(sim.delivered()).containsExactly("[CB] Owner: m1", "[CB] Owner: m2", "[CB] Owner: m3",
                    "[CB] Owner: m4", "[CB] Owner: m5");
        }
    }

    @Test
    void oneQueueSharedByAllSocketsOfALicense() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(NEVER).queueCapacity(2));
        License license = sim.addLicense("Owner", Capability.SAY);
        try (TestClient a = TestClient.connect(sim.url(license)).greeted();
             TestClient b = TestClient.connect(sim.url(license)).greeted()) {
            a.send(say(1, "a"));
            assertThat(a.nextJson().path("reason").asText()).isEqualTo("message_queued");
            b.send(say(2, "b"));
            assertThat(b.nextJson().path("reason").asText()).isEqualTo("message_queued");
            a.send(say(3, "c"));
            assertThat(a.nextJson().path("error").asText()).isEqualTo("rate_limited");
            sim.tickNow();
            assertThat(a.nextJson().path("reason").asText()).isEqualTo("message_sent");
            sim.tickNow();
            JsonNode sentToB = b.nextJson();
            assertThat(sentToB.path("reason").asText()).isEqualTo("message_sent");
            assertThat(sentToB.path("id").asInt()).isEqualTo(2);
        }
    }

    @Test
    void sayIsEchoedToEveryReaderBeforeMessageSent() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(NEVER));
        Player owner = sim.player("Owner");
        License license = sim.addLicense(owner, Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted();
             TestClient guest = TestClient.connect(sim.guestUrl()).greeted()) {
            client.send("{\"type\":\"say\",\"id\":9,\"text\":\"  &cRed **bold**  \",\"name\":\"&6Gold\",\"mode\":\"format\"}");
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_queued");
            sim.tickNow();
            JsonNode echo = client.nextJson();
            assertThat(echo.path("event").asText()).isEqualTo("chat_chatbox");
            assertThat(echo.path("text").asText()).isEqualTo("Red **bold**");
            assertThat(echo.path("rawText").asText()).isEqualTo("  &cRed **bold**  ");
            assertThat(echo.path("name").asText()).isEqualTo("Gold");
            assertThat(echo.path("rawName").asText()).isEqualTo("&6Gold");
            assertThat(echo.path("user").path("uuid").asText()).isEqualTo(owner.uuid().toString());
            assertThat(echo.path("renderedText").path("extra").get(0).path("color").asText()).isEqualTo("red");
            assertThat(echo.path("id").asInt()).isEqualTo(-1);
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_sent");
            JsonNode guestEcho = guest.nextJson();
            assertThat(guestEcho.path("event").asText()).isEqualTo("chat_chatbox");
            assertThat(guestEcho.path("rawName").asText()).isEqualTo("&6Gold");
        }
    }

    @Test
    void tellToPlayerWhoLeftWhileQueuedIsUnknownUserThenStillSent() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(NEVER));
        License license = sim.addLicense("Owner", Capability.TELL);
        Player bob = sim.player("Bob");
        sim.join(bob);
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send("{\"type\":\"tell\",\"id\":4,\"user\":\"Bob\",\"text\":\"psst\"}");
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_queued");
            sim.leave(bob);
            sim.tickNow();
            JsonNode error = client.nextJson();
            assertThat(error.path("error").asText()).isEqualTo("unknown_user");
            assertThat(error.path("id").asInt()).isEqualTo(4);
            JsonNode sent = client.nextJson();
            assertThat(sent.path("reason").asText()).isEqualTo("message_sent");
            assertThat(sent.path("id").asInt()).isEqualTo(4);
            assertThat(sim.inbox(bob)).isEmpty();
        }
    }

    @Test
    void closedSocketDropsTheWholeLicenseQueue() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(NEVER));
        License license = sim.addLicense("Owner", Capability.SAY);
        try (TestClient survivor = TestClient.connect(sim.url(license)).greeted()) {
            try (TestClient leaver = TestClient.connect(sim.url(license)).greeted()) {
                leaver.send(say(1, "from leaver"));
                assertThat(leaver.nextJson().path("reason").asText()).isEqualTo("message_queued");
            }
            survivor.send(say(2, "from survivor"));
            assertThat(survivor.nextJson().path("reason").asText()).isEqualTo("message_queued");
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 1);
            sim.tickNow();
            sim.tickNow();
            survivor.expectNothing(Duration.ofMillis(300));
            assertThat(sim.delivered()).isEmpty();
            survivor.send(say(3, "again"));
            assertThat(survivor.nextJson().path("reason").asText()).as("a fresh queue").isEqualTo("message_queued");
        }
    }

    @Test
    void setTickChangesTheRate() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(NEVER));
        License license = sim.addLicense("Owner", Capability.SAY);
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send(say(1, "x"));
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_queued");
            client.expectNothing(Duration.ofMillis(200));
            sim.setTick(Duration.ofMillis(10));
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_sent");
        }
    }
}
