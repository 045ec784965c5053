package io.github.camelchat.chatbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.chatbox.model.Say;
import io.github.camelchat.chatbox.model.Tell;
import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ChatboxProducerTest extends ChatboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<JsonNode> sentPackets(License key) throws Exception {
        List<JsonNode> packets = new ArrayList<>();
        for (String frame : simulator.received(key)) {
            packets.add(JSON.readTree(frame));
        }
        return packets;
    }

    @Test
    void sayProducesTheExactPacketAndCompletesOnMessageSent() throws Exception {
        Exchange result = template.request(chatbox("Bot", "mode=format"), e -> e.getIn().setBody("&aHello \"world\"\nline2"));
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(ChatboxConstants.CONFIRMATION)).isEqualTo("message_sent");
        assertThat(result.getMessage().getHeader(ChatboxConstants.MESSAGE_ID, Long.class)).isPositive();

        List<JsonNode> sent = sentPackets(license);
        assertThat(sent).hasSize(1);
        JsonNode say = sent.get(0);
        assertThat(say.get("type").asText()).isEqualTo("say");
        assertThat(say.get("text").asText()).isEqualTo("&aHello \"world\"\nline2");
        assertThat(say.get("name").asText()).isEqualTo("Bot");
        assertThat(say.get("mode").asText()).isEqualTo("format");
        assertThat(say.get("id").asLong()).isEqualTo(result.getMessage().getHeader(ChatboxConstants.MESSAGE_ID, Long.class));
        assertThat(fieldNames(say)).containsExactlyInAnyOrder("type", "text", "name", "mode", "id");

        assertThat(simulator.deliveries()).extracting(Delivery::licenseKey, Delivery::type, Delivery::rawText)
                .contains(org.assertj.core.groups.Tuple.tuple(license.key(), "say", "&aHello \"world\"\nline2"));
    }

    @Test
    void tellGoesToTheUserFromOptionHeaderOrRecord() throws Exception {
        Player steve = simulator.player("Steve");
        Player alex = simulator.player("Alex");
        simulator.join(steve);
        simulator.join(alex);
        try {
            template.sendBody(chatbox("Bot", "operation=tell&user=Steve"), "psst");
            template.sendBodyAndHeaders(chatbox("Bot", ""), "to alex",
                    Map.of(ChatboxConstants.OPERATION, "tell", ChatboxConstants.USER, alex.uuid().toString(),
                            ChatboxConstants.NAME, "Other"));
            template.sendBody(chatbox("Bot", ""), new Tell("Steve", "record tell", null, "markdown"));

            List<JsonNode> sent = sentPackets(license);
            assertThat(sent).hasSize(3);
            JsonNode first = sent.get(0);
            assertThat(fieldNames(first)).containsExactlyInAnyOrder("type", "user", "text", "name", "id");
            assertThat(first.get("type").asText()).isEqualTo("tell");
            assertThat(first.get("user").asText()).isEqualTo("Steve");
            assertThat(first.get("name").asText()).isEqualTo("Bot");
            assertThat(sent.get(1).get("user").asText()).isEqualTo(alex.uuid().toString());
            assertThat(sent.get(1).get("name").asText()).isEqualTo("Other");
            assertThat(sent.get(2).get("mode").asText()).isEqualTo("markdown");
            assertThat(simulator.inbox(steve)).hasSize(2);
            assertThat(simulator.inbox(alex)).hasSize(1);
        } finally {
            simulator.leave(steve);
            simulator.leave(alex);
        }
    }

    @Test
    void mapAndSayBodiesAreAccepted() throws Exception {
        template.sendBody(chatbox("Bot", ""), Map.of("text", "from a map", "name", "MapBot"));
        template.sendBody(chatbox("Bot", ""), Say.of("from a record"));
        List<JsonNode> sent = sentPackets(license);
        assertThat(sent).extracting(n -> n.get("text").asText()).containsExactly("from a map", "from a record");
        assertThat(sent.get(0).get("name").asText()).isEqualTo("MapBot");
        assertThat(sent.get(1).get("name").asText()).isEqualTo("Bot");
    }

    @Test
    void tellToAnOfflinePlayerFailsWithUnknownUser() {
        assertThatThrownBy(() -> template.sendBody(chatbox("Bot", "operation=tell&user=Nobody"), "hello?"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(ChatboxException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("unknown_user");
                    assertThat(e.getReason()).isEqualTo(ChatException.Reason.REJECTED);
                    assertThat(e.getMessage()).contains("unknown_user");
                });
    }

    @Test
    void sayWithoutTheCapabilityFailsWithMissingCapability() {
        License noSay = simulator.addLicense("Limited", Capability.READ, Capability.TELL);
        assertThatThrownBy(() -> template.sendBody(chatbox("Limited", noSay, ""), "hello"))
                .cause().isInstanceOfSatisfying(ChatboxException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("missing_capability"));
    }

    @Test
    void invalidInputIsRejectedBeforeSending() {
        String tooLong = "x".repeat(ChatboxConfiguration.MAX_TEXT_LENGTH + 1);
        assertThatThrownBy(() -> template.sendBody(chatbox("Bot", ""), tooLong))
                .cause().isInstanceOf(ChatboxException.class).hasMessageContaining("1025").hasMessageContaining("1024");
        assertThatThrownBy(() -> template.sendBody(chatbox("Bot", ""), "  "))
                .cause().isInstanceOf(ChatboxException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> template.sendBody(chatbox("Bot", "operation=tell"), "who?"))
                .cause().isInstanceOf(ChatboxException.class).hasMessageContaining(ChatboxConstants.USER);
        assertThatThrownBy(() -> template.sendBodyAndHeader(chatbox("Bot", ""), "x", ChatboxConstants.MODE, "html"))
                .cause().isInstanceOf(ChatboxException.class).hasMessageContaining("html");
        // the longest legal text goes through
        template.sendBody(chatbox("Bot", ""), "y".repeat(ChatboxConfiguration.MAX_TEXT_LENGTH));
        assertThat(simulator.received(license)).hasSize(1);
    }

    @Test
    void twentyMessagesAtOnceAreDeliveredInOrderWithoutRateLimiting() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add("message " + i);
        }
        List<CompletableFuture<Exchange>> futures = sendInOrder(chatbox("Bot", ""), bodies);
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(futures).allSatisfy(f -> assertThat(f.get().getException()).isNull());

        List<String> delivered = simulator.deliveries().stream()
                .filter(d -> d.licenseKey().equals(license.key()))
                .map(Delivery::rawText).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add("message " + i);
        }
        assertThat(delivered).containsExactlyElementsOf(expected);
        assertThat(simulator.received(license)).hasSize(20);
        assertThat(String.join("\n", simulator.received(license))).doesNotContain("rate_limited");
    }

    @Test
    void confirmOnQueuedCompletesBeforeDelivery() throws Exception {
        Exchange result = template.request(chatbox("Bot", "confirmOn=queued"), e -> e.getIn().setBody("queued one"));
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(ChatboxConstants.CONFIRMATION)).isEqualTo("message_queued");
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.deliveries().stream()
                .anyMatch(d -> d.rawText().equals("queued one")));
    }

    @Test
    void rateLimitedRepliesAreRetriedWithinTheSendTimeout() throws Exception {
        // freeze the tick, then let another client on the same license fill the shared server queue (5)
        simulator.setTick(Duration.ofHours(1));
        try (RawChatboxClient other = RawChatboxClient.connect(simulator.url(license))) {
            other.awaitHello();
            for (int i = 0; i < 5; i++) {
                other.send("{\"type\":\"say\",\"text\":\"filler " + i + "\",\"id\":" + (100 + i) + "}");
            }
            other.awaitQueued(5);
            CompletableFuture<Exchange> result = template.asyncSend(
                    chatbox("Bot", "rateLimitRetryDelay=50&sendTimeout=20000"), e -> e.getIn().setBody("after the storm"));
            // refused with rate_limited and resent at least once while the queue is full
            await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.received(license).stream()
                    .filter(f -> f.contains("after the storm")).count() >= 2);
            assertThat(result).isNotDone();
            await().atMost(15, TimeUnit.SECONDS).until(() -> {
                simulator.tickNow();
                return result.isDone();
            });
            Exchange done = result.get();
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader(ChatboxConstants.CONFIRMATION)).isEqualTo("message_sent");
        } finally {
            simulator.setTick(Duration.ofMillis(TICK_MS));
        }
        List<String> ours = simulator.deliveries().stream().filter(d -> d.licenseKey().equals(license.key()))
                .map(Delivery::rawText).toList();
        assertThat(ours).containsOnlyOnce("after the storm");
        assertThat(ours.indexOf("after the storm")).isEqualTo(5);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
