package io.github.camelchat.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The chat.events record shape, without a broker. */
class ChatEventEnvelopeTest {

    private static final CamelContext CONTEXT = new DefaultCamelContext();

    @AfterAll
    static void close() throws Exception {
        CONTEXT.close();
    }

    @Test
    void wrapsRawJsonWithSourceChannelAndKey() throws Exception {
        Exchange exchange = new DefaultExchange(CONTEXT);
        exchange.getMessage().setBody("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":2}}");
        exchange.getMessage().setHeader(CapiConstants.EVENT_TYPE, "message");
        exchange.getMessage().setHeader(CapiConstants.CHANNEL, "Op Camel");
        exchange.getMessage().setHeader(CapiConstants.TOON_NAME, "Alice");
        exchange.getMessage().setHeader(CapiConstants.MESSAGE, "hi");

        new ChatEventEnvelope(ChatSource.CAPI, null).process(exchange);

        assertThat(exchange.getMessage().getHeader(KafkaConstants.KEY)).isEqualTo("capi:Op Camel");
        assertThat(exchange.getMessage().getHeaders()).containsEntry("source", "capi")
                .containsEntry("channel", "Op Camel").containsEntry("type", "message");
        JsonNode json = ChatEventEnvelope.MAPPER.readTree(exchange.getMessage().getBody(String.class));
        assertThat(json.path("source").asText()).isEqualTo("capi");
        assertThat(json.path("user").asText()).isEqualTo("Alice");
        assertThat(json.path("text").asText()).isEqualTo("hi");
        assertThat(json.path("time").isNull()).isTrue();
        assertThat(json.path("event").path("payload").path("user_id").asInt()).isEqualTo(2);
    }

    @Test
    void convertsTypedRecordsLikeMarshalJson() throws Exception {
        Exchange exchange = new DefaultExchange(CONTEXT);
        OffsetDateTime time = OffsetDateTime.parse("2026-05-01T12:00:00Z");
        exchange.getMessage().setBody(new IngameChatEvent("hello", "&ahello", null, null, time));
        exchange.getMessage().setHeader(ChatboxConstants.EVENT_TYPE, "chat_ingame");
        exchange.getMessage().setHeader(ChatboxConstants.TIME, time);

        new ChatEventEnvelope(ChatSource.CHATBOX, "Relay").process(exchange);

        assertThat(exchange.getMessage().getHeader(KafkaConstants.KEY)).isEqualTo("chatbox:Relay");
        JsonNode json = ChatEventEnvelope.MAPPER.readTree(exchange.getMessage().getBody(String.class));
        assertThat(json.path("channel").asText()).isEqualTo("Relay");
        assertThat(json.path("time").asText()).isEqualTo("2026-05-01T12:00Z");
        assertThat(json.path("event").path("text").asText()).isEqualTo("hello");
        assertThat(json.path("event").path("rawText").asText()).isEqualTo("&ahello");
        assertThat(json.path("event").path("time").asText()).startsWith("2026-05-01T12:00");
    }

    @Test
    void keepsTextThatIsNotJsonAsAString() throws Exception {
        Exchange exchange = new DefaultExchange(CONTEXT);
        exchange.getMessage().setBody("not json");
        exchange.getMessage().setHeader("CamelHitboxChannel", "alpha");
        new ChatEventEnvelope(ChatSource.HITBOX, null).process(exchange);
        JsonNode json = ChatEventEnvelope.MAPPER.readTree(exchange.getMessage().getBody(String.class));
        assertThat(json.path("event").asText()).isEqualTo("not json");
        assertThat(exchange.getMessage().getHeader(KafkaConstants.KEY)).isEqualTo("hitbox:alpha");
    }
}
