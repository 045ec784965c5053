package io.github.camelchat.capi;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.capi.model.UserUpdateEvent;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.CapiSimulatorOptions;
import io.github.camelchat.simulator.capi.ChannelUser;
import io.github.camelchat.simulator.capi.UserFlag;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Against a simulator that pings every 100 ms, drops clients that do not answer within 300 ms, and writes user updates
 * in the document's shape ({@code flags} list, {@code attributes} object).
 */
class CapiKeepaliveAndShapeTest {

    private CapiSimulator simulator;
    private BotAccount bot;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        simulator = CapiSimulator.start(CapiSimulatorOptions.specShape()
                .webSocketPingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(300)));
        bot = simulator.addBot("Keeper", "Op Keep");
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("capi:keeper?url=" + simulator.url() + "&apiKey=" + bot.apiKey()
                     + "&events=userUpdate&includeInitialRoster=false&pingInterval=200&idleTimeout=1000&handshakeTimeout=2000"
                     + "&reconnectDelay=100&maxReconnectDelay=200")
                        .routeId("updates").to("mock:updates");
            }
        });
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        simulator.close();
    }

    private CapiConsumer consumer() {
        return (CapiConsumer) context.getRoute("updates").getConsumer();
    }

    @Test
    void serverPingsAreAnsweredSoTheConnectionSurvives() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY);
        Thread.sleep(1500); // fifteen server pings, each to be answered within 300 ms
        assertThat(consumer().getSession().getConnectAttempts()).isEqualTo(1);
        assertThat(consumer().getSession().getState()).isEqualTo(SessionState.READY);
    }

    @Test
    void theDocumentsUpdateShapeIsReadToo() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY);
        MockEndpoint updates = context.getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(2);
        ChannelUser grace = simulator.join("Op Keep", simulator.user("Grace").withProgramId("D2DV"));
        simulator.setFlags(grace, UserFlag.ADMIN, UserFlag.SPEAKER);
        updates.assertIsSatisfied(5000);
        UserUpdateEvent join = updates.getReceivedExchanges().get(0).getMessage().getBody(UserUpdateEvent.class);
        assertThat(join.toonName()).isEqualTo("Grace");
        assertThat(join.attributes()).containsEntry("ProgramId", "D2DV");
        UserUpdateEvent flags = updates.getReceivedExchanges().get(1).getMessage().getBody(UserUpdateEvent.class);
        assertThat(flags.flags()).containsExactlyInAnyOrder("Admin", "Speaker");
    }

    @Test
    void aSilentServerIsDetectedByTheIdleTimeout() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY);
        simulator.setSilent(true);
        simulator.setAnswerPings(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() != SessionState.READY);
        assertThat(consumer().getSession().getStateReason()).contains("idle timeout");
        simulator.setSilent(false);
        simulator.setAnswerPings(true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer().getSession().getState() == SessionState.READY
                && consumer().getSession().getReadyCount() >= 2);
    }
}
