package io.github.camelchat.hitbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.LogCapture;
import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.HitboxSimulatorOptions;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Discovery, failover, heartbeats, handshake failures, guest logins, many channels and secrets, each with its own
 * simulator (advertising a 1 s heartbeat timeout) and CamelContext.
 */
class HitboxConnectionTest {

    private HitboxSimulator simulator;
    private Account bot;
    private CamelContext context;

    @BeforeEach
    void start() {
        simulator = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .heartbeatInterval(Duration.ofMillis(200)).handshakeHeartbeatTimeout(1));
        bot = simulator.addAccount("Bot", Role.USER);
        context = new DefaultCamelContext();
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        simulator.close();
    }

    private String uri(String channel, String name, String token, String options) {
        return "hitbox:" + channel + "?serversUrl=RAW(" + simulator.serversUrl() + ")"
               + (name == null ? "" : "&name=" + name) + (token == null ? "" : "&token=" + token)
               + "&sendInterval=10&reconnectDelay=100&maxReconnectDelay=300"
               + (options == null || options.isEmpty() ? "" : "&" + options);
    }

    private void route(String routeId, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).to("mock:" + routeId);
            }
        });
    }

    private HitboxConsumer consumer(String routeId) {
        return (HitboxConsumer) context.getRoute(routeId).getConsumer();
    }

    private void awaitState(String routeId, SessionState state) {
        await().atMost(15, TimeUnit.SECONDS).until(() -> consumer(routeId).getSession() != null
                && consumer(routeId).getSession().getState() == state);
    }

    @Test
    void aDeadFirstServerIsSkippedForTheNextOne() throws Exception {
        simulator.serverList("127.0.0.1:1", simulator.selfAddress());
        route("chat", uri("failover", bot.name(), bot.token(), ""));
        context.start();
        awaitState("chat", SessionState.READY);
        assertThat(consumer("chat").getSession().getConnectAttempts()).isEqualTo(2);
    }

    @Test
    void missingHeartbeatsMeanADeadLinkAndARejoinWithAFreshSid() throws Exception {
        route("chat", uri("beats", bot.name(), bot.token(), ""));
        context.start();
        awaitState("chat", SessionState.READY);
        int handshakes = simulator.handshakes();
        Thread.sleep(1500); // heartbeats every 200 ms are echoed: the link stays up
        assertThat(consumer("chat").getSession().getReadyCount()).isEqualTo(1);

        simulator.setHeartbeats(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.handshakes() > handshakes);
        simulator.setHeartbeats(true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("chat").getSession().getReadyCount() >= 2);

        MockEndpoint mock = context.getEndpoint("mock:chat", MockEndpoint.class);
        Viewer carol = simulator.viewer("Carol", Role.ANON);
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            simulator.chat(carol, "beats", "after rejoin " + System.nanoTime());
            return mock.getReceivedExchanges().stream().anyMatch(e -> String.valueOf(
                    e.getMessage().getHeader(HitboxConstants.TEXT)).startsWith("after rejoin"));
        });
    }

    @Test
    void badCredentialsComeBackAsGuestWhichIsFatalWithoutAStorm() throws Exception {
        route("chat", uri("guarded", bot.name(), "not-the-token", ""));
        context.start();
        awaitState("chat", SessionState.FAILED);
        Thread.sleep(800);
        assertThat(consumer("chat").getSession().getConnectAttempts()).isEqualTo(1);
        assertThat(consumer("chat").getSession().getStateReason()).contains("credentials rejected");
        HealthCheck.Result health = HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals("consumer:chat")).findFirst().orElseThrow();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getDetails().toString()).contains("token=xxxxxx").doesNotContain("not-the-token");
    }

    @Test
    void aGuestCanReadWhenAllowedButNeverSend() throws Exception {
        route("chat", uri("open", null, null, "allowGuest=true"));
        context.start();
        awaitState("chat", SessionState.READY);
        assertThat(context.getEndpoint(uri("open", null, null, "allowGuest=true"), HitboxEndpoint.class).getRole())
                .isEqualTo("guest");
        Exchange refused = context.createProducerTemplate().request(uri("open", null, null, "allowGuest=true"),
                e -> e.getIn().setBody("hello?"));
        assertThat(refused.getException()).isInstanceOf(HitboxException.class).hasMessageContaining("guest");
    }

    @Test
    void handshake401IsFatalAnd503IsRetried() throws Exception {
        simulator.handshakeStatus(503);
        route("chat", uri("flaky", bot.name(), bot.token(), ""));
        context.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("chat").getSession().getConnectAttempts() >= 2);
        assertThat(consumer("chat").getSession().getState()).isNotEqualTo(SessionState.FAILED);
        simulator.handshakeStatus(200);
        awaitState("chat", SessionState.READY);

        simulator.handshakeStatus(401);
        simulator.closeAll();
        awaitState("chat", SessionState.FAILED);
        assertThat(consumer("chat").getSession().getStateReason()).contains("401");
    }

    @Test
    void manyChannelsRunAtOnceWithOneSocketEach() throws Exception {
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            channels.add("multi" + i);
            route("chat" + i, uri("multi" + i, bot.name(), bot.token(), "events=chatMsg&hideBuffered=true"));
        }
        context.start();
        for (int i = 0; i < 5; i++) {
            awaitState("chat" + i, SessionState.READY);
        }
        assertThat(simulator.openConnections()).isEqualTo(5);
        Viewer dave = simulator.viewer("Dave", Role.ANON);
        for (String channel : channels) {
            simulator.chat(dave, channel, "hi " + channel);
        }
        for (int i = 0; i < 5; i++) {
            MockEndpoint mock = context.getEndpoint("mock:chat" + i, MockEndpoint.class);
            int index = i;
            await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedExchanges().size() == 1);
            assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(HitboxConstants.TEXT))
                    .isEqualTo("hi multi" + index);
        }
    }

    @Test
    void theTokenNeverAppearsInLogsExceptionsUrisOrHealth() throws Exception {
        List<String> texts = new ArrayList<>();
        String good = uri("secret", bot.name(), bot.token(), "");
        String bad = uri("secret2", bot.name(), "wrong-token-123456", "");
        try (LogCapture logs = LogCapture.attach()) {
            route("good", good);
            route("bad", bad);
            context.start();
            awaitState("good", SessionState.READY);
            awaitState("bad", SessionState.FAILED);
            context.createProducerTemplate().sendBody(good, "hello");
            texts.add(String.valueOf(context.createProducerTemplate().request(bad, e -> e.getIn().setBody("x")).getException()));
            for (Endpoint e : context.getEndpoints()) {
                texts.add(e.toString());
            }
            texts.add(context.getEndpoint(good, HitboxEndpoint.class).getConfiguration().toString());
            for (HealthCheck.Result r : HealthCheckHelper.invokeReadiness(context, "full")) {
                texts.add(r.getCheck().getId() + " " + r.getMessage() + " " + r.getDetails());
            }
            texts.addAll(logs.lines());
            assertThat(logs.all()).contains("Chat session");
        }
        List<String> leaks = texts.stream()
                .filter(t -> t.contains(bot.token()) || t.contains("wrong-token-123456")).toList();
        assertThat(leaks).as("text showing a token").isEmpty();
        assertThat(texts).anyMatch(t -> t.contains("token=xxxxxx"));
        assertThat(texts).anyMatch(t -> t.contains(ChatException.Reason.SESSION_FAILED.name()) || t.contains("failed"));
    }
}
