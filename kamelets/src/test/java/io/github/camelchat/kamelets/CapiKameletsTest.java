package io.github.camelchat.kamelets;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.capi.CapiEndpoint;
import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.ChannelLine;
import io.github.camelchat.simulator.capi.ChannelUser;
import io.github.camelchat.simulator.capi.MessageType;
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
import static org.awaitility.Awaitility.await;

/** {@code kamelet:capi-source} and {@code kamelet:capi-sink}, loaded by camel-kamelet, on the CAPI simulator. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CapiKameletsTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static CapiSimulator simulator;

    private final String channel = "Kamelets " + RUNS.incrementAndGet();
    private final BotAccount bot = simulator.addBot("Kamelet" + RUNS.get(), channel);
    private ChannelUser thrall;

    @BeforeAll
    static void startSimulator() {
        simulator = CapiSimulator.start();
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
        thrall = simulator.join(channel, simulator.user("Thrall" + RUNS.get()));
        String connection = "apiKey=" + bot.apiKey() + "&url=" + simulator.url();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:capi-source?" + connection + "&events=message").routeId("source").to("mock:events");
                from("direct:chat").routeId("sink").to("kamelet:capi-sink?" + connection + "&sendTimeout=10s");
            }
        };
    }

    @BeforeEach
    void awaitInTheChannel() {
        // the source's capi endpoint, created from the Kamelet's template, sees the channel's members
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getEndpoints().stream()
                .filter(CapiEndpoint.class::isInstance).map(CapiEndpoint.class::cast)
                .anyMatch(e -> e.getMembers().stream().anyMatch(m -> thrall.toonName().equals(m.toonName()))));
    }

    @Test
    void sourceEmitsAChannelMessageAsTheServersJson() throws Exception {
        simulator.say(thrall, "lok'tar ogar");

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() >= 1);
        Exchange event = events.getReceivedExchanges().get(0);
        assertThat(event.getMessage().getBody()).isInstanceOf(String.class);
        JsonNode json = JSON.readTree(event.getMessage().getBody(String.class));
        assertThat(json.path("command").asText()).isEqualTo("Botapichat.MessageEventRequest");
        assertThat(json.at("/payload/message").asText()).isEqualTo("lok'tar ogar");
        assertThat(json.at("/payload/type").asText()).isEqualTo("Channel");
        assertThat(event.getMessage().getHeader("CamelCapiToonName")).isEqualTo(thrall.toonName());
        assertThat(event.getMessage().getHeader("CamelCapiChannel")).isEqualTo(channel);
    }

    @Test
    void sinkSaysTheBodyInTheChannel() {
        Exchange done = template.request("direct:chat", e -> e.getMessage().setBody("hello channel"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("CamelCapiRequestId")).isNotNull();
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.channelLog().contains(
                new ChannelLine(channel, bot.toonName(), MessageType.CHANNEL, "hello channel")));
    }

    @Test
    void sinkWhispersTheHeadersTarget() {
        Exchange done = template.request("direct:chat", e -> {
            e.getMessage().setBody("a secret");
            e.getMessage().setHeaders(Map.of("CamelCapiOperation", "sendWhisper",
                    "CamelCapiTargetToonName", thrall.toonName()));
        });

        assertThat(done.getException()).isNull();
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.whispersTo(thrall).contains("a secret"));
        assertThat(simulator.channelLog()).noneMatch(l -> l.channel().equals(channel));
    }
}
