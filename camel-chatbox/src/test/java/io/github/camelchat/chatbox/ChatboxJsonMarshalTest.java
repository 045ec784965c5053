package io.github.camelchat.chatbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.chatbox.model.ChatboxCodec;
import io.github.camelchat.chatbox.model.ChatboxPacket;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer's body marshals with Camel's plain {@code .marshal().json()}, as users relay it to Kafka or files. */
class ChatboxJsonMarshalTest extends CamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").marshal().json().convertBodyTo(String.class);
            }
        };
    }

    @Test
    void typedEventsMarshalWithTheDefaultJsonDataFormat() throws Exception {
        String frame = "{\"ok\":true,\"text\":\"hi\",\"rawText\":\"hi\",\"user\":{\"type\":\"ingame\",\"name\":\"Steve\"},"
                       + "\"time\":\"2026-11-21T10:15:30.123+01:00\",\"id\":-1,\"event\":\"chat_ingame\",\"type\":\"event\"}";
        ChatboxPacket event = new ChatboxCodec().decode(frame);
        assertThat(event).isInstanceOf(IngameChatEvent.class);
        String json = template.requestBody("direct:in", event, String.class);
        JsonNode node = new ObjectMapper().readTree(json);
        assertThat(node.get("text").asText()).isEqualTo("hi");
        assertThat(node.get("time").asText()).isEqualTo("2026-11-21T10:15:30.123+01:00");
        assertThat(node.get("event").asText()).isEqualTo("chat_ingame");
        assertThat(new ChatboxCodec().decode(json)).isEqualTo(event);
    }
}
