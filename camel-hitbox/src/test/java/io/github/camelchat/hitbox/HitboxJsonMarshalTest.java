package io.github.camelchat.hitbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.HitboxCodec;
import io.github.camelchat.hitbox.model.HitboxMessage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer's body marshals with Camel's plain {@code .marshal().json()}. */
class HitboxJsonMarshalTest extends CamelTestSupport {

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
    void typedMessagesMarshalWithTheDefaultJsonDataFormat() throws Exception {
        HitboxMessage chat = new HitboxCodec().decodeMessage(
                "{\"method\":\"chatMsg\",\"params\":{\"channel\":\"c\",\"name\":\"n\",\"text\":\"hi\",\"time\":1426785188}}");
        assertThat(chat).isInstanceOf(ChatMsg.class);
        JsonNode json = new ObjectMapper().readTree(template.requestBody("direct:in", chat, String.class));
        assertThat(json.get("method").asText()).isEqualTo("chatMsg");
        assertThat(json.get("text").asText()).isEqualTo("hi");
        assertThat(json.get("time").asText()).isEqualTo("2015-03-19T17:13:08Z");
        assertThat(new HitboxCodec().mapper().readValue(json.toString(), HitboxMessage.class)).isEqualTo(chat);
    }
}
