package io.github.camelchat.chatbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulatorOptions;
import io.github.camelchat.simulator.chatbox.License;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The server's JSON pings are ignored; a server that goes silent is detected by the idle timeout. */
class ChatboxKeepaliveTest {

    private ChatboxSimulator simulator;
    private License license;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        simulator = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults()
                .pingPacketInterval(Duration.ofMillis(100)).tick(Duration.ofMillis(20)));
        license = simulator.addLicense("Owner", Capability.values());
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("chatbox:Bot?url=" + simulator.baseUrl() + "&licenseKey=" + license.key()
                     + "&pingInterval=200&idleTimeout=1000&handshakeTimeout=2000&reconnectDelay=100&maxReconnectDelay=200")
                        .routeId("events").to("mock:events");
            }
        });
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        simulator.close();
    }

    private ChatboxConsumer consumer() {
        return (ChatboxConsumer) context.getRoute("events").getConsumer();
    }

    @Test
    void serverPingPacketsAreNeitherRoutedNorAnswered() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY);
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);
        Thread.sleep(600); // several ping packets at 100 ms
        simulator.chat(simulator.player("Steve"), "after the pings");
        events.assertIsSatisfied(5000);
        assertThat(events.getReceivedExchanges().get(0).getMessage().getHeader(ChatboxConstants.TEXT))
                .isEqualTo("after the pings");
        assertThat(simulator.received(license)).as("frames the client sent").isEmpty();
        assertThat(consumer().getSession().getConnectAttempts()).isEqualTo(1);
    }

    @Test
    void aSilentServerIsDetectedByTheIdleTimeoutAndTheSessionReconnects() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY);
        int attempts = simulator.connectionAttempts();
        simulator.setAnswerPings(false);
        simulator.setSilent(true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() != SessionState.READY);
        assertThat(consumer().getSession().getStateReason()).contains("idle timeout");
        simulator.setSilent(false);
        simulator.setAnswerPings(true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY
                && simulator.connectionAttempts() > attempts);
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);
        simulator.chat(simulator.player("Alex"), "back");
        events.assertIsSatisfied(5000);
    }
}
