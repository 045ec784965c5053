package io.github.camelchat.kamelets;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.chatbox.ChatboxEndpoint;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.CamelContext;
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

/** {@code kamelet:chatbox-source} and {@code kamelet:chatbox-sink}, loaded by camel-kamelet, on the chatbox simulator. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChatboxKameletsTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ChatboxSimulator simulator;

    private final License license = simulator.addLicense("Owner" + System.nanoTime() % 100_000, Capability.values());

    @BeforeAll
    static void startSimulator() {
        simulator = ChatboxSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        // the source's connection as Kamelet properties (application.properties style), not in the kamelet: URI
        Properties properties = new Properties();
        properties.setProperty("camel.kamelet.chatbox-source.licenseKey", license.key());
        properties.setProperty("camel.kamelet.chatbox-source.url", simulator.baseUrl());
        camelContext.getPropertiesComponent().setOverrideProperties(properties);
        return camelContext;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:chatbox-source?events=chat_ingame").routeId("source").to("mock:events");
                // the sink's the other way: everything in the URI
                from("direct:chat").routeId("sink").to("kamelet:chatbox-sink?name=KameletBot&licenseKey="
                                                       + license.key() + "&url=" + simulator.baseUrl()
                                                       + "&sendTimeout=10s");
            }
        };
    }

    @BeforeEach
    void awaitLoggedIn() {
        // the source's chatbox endpoint, created from the Kamelet's template, has the server's hello
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getEndpoints().stream()
                .filter(ChatboxEndpoint.class::isInstance).map(ChatboxEndpoint.class::cast)
                .anyMatch(e -> e.getHello() != null));
    }

    @Test
    void sourceEmitsAChatEventAsTheServersJson() throws Exception {
        Player alex = simulator.player("Alex");
        simulator.join(alex);
        simulator.chat(alex, "hello from minecraft");

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() >= 1);
        Exchange event = events.getReceivedExchanges().get(0);
        assertThat(event.getMessage().getBody()).isInstanceOf(String.class);
        JsonNode json = JSON.readTree(event.getMessage().getBody(String.class));
        assertThat(json.path("type").asText()).isEqualTo("event");
        assertThat(json.path("event").asText()).isEqualTo("chat_ingame");
        assertThat(json.path("text").asText()).isEqualTo("hello from minecraft");
        assertThat(json.at("/user/name").asText()).isEqualTo("Alex");
        assertThat(event.getMessage().getHeader("CamelChatboxEventType")).isEqualTo("chat_ingame");
        assertThat(event.getMessage().getHeader("CamelChatboxSenderName")).isEqualTo("Alex");
        assertThat(events.getReceivedCounter()).as("only the chat event").isEqualTo(1);
        // Camel's URI masking does not know "licenseKey": keeping it out of the kamelet: URI keeps it out of the
        // endpoint registry (the chatbox endpoint masks it itself)
        assertThat(context.getEndpoints()).filteredOn(e -> e.getEndpointUri().startsWith("kamelet:chatbox-source"))
                .singleElement().satisfies(e -> assertThat(e.getEndpointUri()).doesNotContain(license.key()));
    }

    @Test
    void sinkSaysTheBodyInPublicChat() {
        Exchange done = template.request("direct:chat", e -> e.getMessage().setBody("hello from camel"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("CamelChatboxConfirmation")).isEqualTo("message_sent");
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.deliveries().stream()
                .anyMatch(d -> license.key().equals(d.licenseKey()) && "say".equals(d.type())
                               && "KameletBot".equals(d.name()) && "hello from camel".equals(d.text())));
    }

    @Test
    void sinkTellsThePlayerTheHeadersName() {
        Player steve = simulator.player("Steve");
        simulator.join(steve);

        Exchange done = template.request("direct:chat", e -> {
            e.getMessage().setBody("psst");
            e.getMessage().setHeaders(Map.of("CamelChatboxOperation", "tell", "CamelChatboxUser", "Steve"));
        });

        assertThat(done.getException()).isNull();
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.inbox(steve).contains("[CB PM] KameletBot: psst"));
        assertThat(simulator.deliveries()).filteredOn(d -> license.key().equals(d.licenseKey()))
                .extracting(Delivery::type, Delivery::user).containsExactly(tuple("tell", "Steve"));
    }
}
