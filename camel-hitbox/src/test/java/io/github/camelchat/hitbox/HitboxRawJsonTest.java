package io.github.camelchat.hitbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.hitbox.support.HitboxTestSupport;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** rawJson=true: the body is the message JSON as the server wrote it (args[0]), and the headers are still set. */
class HitboxRawJsonTest extends HitboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Viewer alice;

    @Override
    protected RouteBuilder createRouteBuilder() {
        alice = simulator.viewer("Alice" + channel, Role.ANON);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(hitbox("rawJson=true&events=chatMsg")).to("mock:raw");
            }
        };
    }

    @Test
    void bodyIsTheInnerJsonAndHeadersAreSet() throws Exception {
        simulator.joinViewer(alice, channel);
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            simulator.chat(alice, channel, "raw: \"quoted\" \u00e9 \ud83d\ude00\nline " + System.nanoTime());
            return !getMockEndpoint("mock:raw").getReceivedExchanges().isEmpty();
        });
        List<Exchange> received = getMockEndpoint("mock:raw").getReceivedExchanges();
        Exchange first = received.get(0);
        String body = first.getMessage().getBody(String.class);
        assertThat(first.getMessage().getBody()).isInstanceOf(String.class);
        assertThat(body).startsWith("{").doesNotStartWith("5:::");
        JsonNode message = JSON.readTree(body);
        assertThat(message.get("method").asText()).isEqualTo("chatMsg");
        assertThat(message.at("/params/text").asText()).startsWith("raw: \"quoted\" \u00e9 \ud83d\ude00\nline ");
        assertThat(first.getMessage().getHeader(HitboxConstants.METHOD)).isEqualTo("chatMsg");
        assertThat(first.getMessage().getHeader(HitboxConstants.CHANNEL)).isEqualTo(channel);
        assertThat(first.getMessage().getHeader(HitboxConstants.SENDER_NAME)).isEqualTo(alice.name());
        assertThat(first.getMessage().getHeader(HitboxConstants.ROLE)).isEqualTo("anon");
        assertThat(first.getMessage().getHeader(HitboxConstants.TEXT)).isEqualTo(message.at("/params/text").asText());
        assertThat(first.getMessage().getHeader(HitboxConstants.BACKLOG)).isEqualTo(message.at("/params/buffer").asBoolean(false));
        assertThat(first.getMessage().getHeader(HitboxConstants.TIME)).isNotNull();
        assertThat(first.getMessage().getHeader("camelhitboxflags")).isInstanceOf(List.class);
    }
}
