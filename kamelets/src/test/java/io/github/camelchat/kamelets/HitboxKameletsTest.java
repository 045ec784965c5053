package io.github.camelchat.kamelets;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.ChatLine;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** {@code kamelet:hitbox-source} and {@code kamelet:hitbox-sink}, loaded by camel-kamelet, on the hitbox simulator. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HitboxKameletsTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static HitboxSimulator simulator;

    private final String channel = "kamelets" + RUNS.incrementAndGet();
    private final Account bot = simulator.addAccount("KameletBot" + RUNS.get(), Role.USER);
    private final Account reader = simulator.addAccount("KameletReader" + RUNS.get(), Role.USER);
    private final Viewer viewer = simulator.viewer("Viewer" + RUNS.get(), Role.ANON);

    @BeforeAll
    static void startSimulator() {
        simulator = HitboxSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String servers = "&servers=" + simulator.selfAddress();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:hitbox-source?channel=" + channel + "&name=" + reader.name() + "&token=" + reader.token()
                     + servers + "&events=chatMsg&hideBuffered=true").routeId("source").to("mock:events");
                from("direct:chat").routeId("sink").to("kamelet:hitbox-sink?channel=" + channel + "&name=" + bot.name()
                                                       + "&token=" + bot.token() + servers + "&sendTimeout=10s");
            }
        };
    }

    @BeforeEach
    void awaitLoggedIn() {
        // the sink's producer connects when its route starts, like the source's consumer
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.sockets(channel)
                .containsAll(List.of(reader.name(), bot.name())));
    }

    @Test
    void sourceEmitsAChatMessageAsJson() throws Exception {
        simulator.chat(viewer, channel, "hi from the stream");

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() >= 1);
        Exchange event = events.getReceivedExchanges().get(0);
        assertThat(event.getMessage().getBody()).isInstanceOf(String.class);
        JsonNode json = JSON.readTree(event.getMessage().getBody(String.class));
        assertThat(json.path("method").asText()).isEqualTo("chatMsg");
        assertThat(json.at("/params/channel").asText()).isEqualTo(channel);
        assertThat(json.at("/params/name").asText()).isEqualTo(viewer.name());
        assertThat(json.at("/params/text").asText()).isEqualTo("hi from the stream");
        assertThat(event.getMessage().getHeader("CamelHitboxSenderName")).isEqualTo(viewer.name());
        assertThat(event.getMessage().getHeader("CamelHitboxBacklog")).isEqualTo(false);
    }

    @Test
    void sinkPostsTheBodyToTheChannel() {
        Exchange done = template.request("direct:chat", e -> e.getMessage().setBody("hello hitbox"));

        assertThat(done.getException()).isNull();
        assertThat(simulator.chatLog(channel)).extracting(ChatLine::name, ChatLine::text)
                .contains(tuple(bot.name(), "hello hitbox"));
        // and the source, on its own socket, hears it
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(e -> "hello hitbox".equals(e.getMessage().getHeader("CamelHitboxText"))));
    }

    @Test
    void sinkSendsADirectMessageToTheHeadersRecipient() {
        Exchange done = template.request("direct:chat", e -> {
            e.getMessage().setBody("just for you");
            e.getMessage().setHeaders(Map.of("CamelHitboxOperation", "directMsg",
                    "CamelHitboxRecipient", viewer.name()));
        });

        assertThat(done.getException()).isNull();
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.inbox(viewer.name()).stream()
                .anyMatch(l -> bot.name().equals(l.name()) && "just for you".equals(l.text())));
        assertThat(simulator.chatLog(channel)).isEmpty();
    }
}
