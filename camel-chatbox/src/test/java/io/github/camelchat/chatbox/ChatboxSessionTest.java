package io.github.camelchat.chatbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reconnects, fatal closes, sharing and health, each against the simulator. */
class ChatboxSessionTest extends ChatboxTestSupport {

    private final String unknownKey = UUID.randomUUID().toString();
    private final int attemptsAtStart = simulator.connectionAttempts();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(chatbox("Bot", "")).routeId("events").to("mock:events");
                from("chatbox:Ghost?url=" + simulator.baseUrl() + "&licenseKey=" + unknownKey
                     + "&reconnectDelay=50&maxReconnectDelay=100")
                        .routeId("ghost").to("mock:ghost");
            }
        };
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        // what camel-main does for camel.health.consumersEnabled=true: Camel's "consumer:<routeId>" checks
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        registry.register(registry.resolveById("consumers"));
        // and for camel.health.producersEnabled=true
        HealthCheckRepository producers = (HealthCheckRepository) registry.resolveById("producers");
        producers.setEnabled(true);
        registry.register(producers);
        return camelContext;
    }

    @AfterEach
    void serverBackUp() {
        await().atMost(10, TimeUnit.SECONDS).until(simulator::isListening);
    }

    private ChatboxConsumer consumer(String routeId) {
        return (ChatboxConsumer) context.getRoute(routeId).getConsumer();
    }

    private void awaitReady() {
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> consumer("events").getSession() != null
                        && consumer("events").getSession().getState() == SessionState.READY);
    }

    @Test
    void consumerAndProducerOfOneLicenseShareOneSocket() throws Exception {
        awaitReady();
        template.sendBody(chatbox("Bot", "operation=say"), "shared");
        assertThat(consumer("events").getSession().getConnectAttempts()).isEqualTo(1);
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.openConnections() == 1);
        // the echo of our own say arrives on the same socket
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(e -> "chat_chatbox".equals(e.getMessage().getHeader(ChatboxConstants.EVENT_TYPE))));
        assertThat(simulator.received(license)).hasSize(1);
        assertThat(simulator.openConnections()).isEqualTo(1);
    }

    @Test
    void survivesARestartAndDeliversWhatWasSentDuringTheOutage() throws Exception {
        awaitReady();
        MockEndpoint events = getMockEndpoint("mock:events");
        simulator.restart(Duration.ofMillis(700));
        await().atMost(5, TimeUnit.SECONDS).until(() -> consumer("events").getSession().getState() != SessionState.READY);

        List<CompletableFuture<Exchange>> during = sendInOrder(chatbox("Bot", ""),
                List.of("during outage 0", "during outage 1", "during outage 2"));
        for (CompletableFuture<Exchange> f : during) {
            Exchange done = f.get(20, TimeUnit.SECONDS);
            assertThat(done.getException()).isNull();
        }
        assertThat(simulator.deliveries().stream().filter(d -> d.licenseKey().equals(license.key()))
                .map(Delivery::rawText)).containsExactly("during outage 0", "during outage 1", "during outage 2");

        Player steve = simulator.player("Steve");
        simulator.chat(steve, "after restart");
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(e -> "after restart".equals(e.getMessage().getHeader(ChatboxConstants.TEXT))));
        assertThat(consumer("events").getSession().getReadyCount()).isEqualTo(2);
    }

    @Test
    void failFastModeFailsAtOnceDuringTheOutage() throws Exception {
        awaitReady();
        String failFast = chatbox("Bot", "whileDisconnected=failFast");
        template.sendBody(failFast, "before"); // starts the producer while connected
        simulator.restart(Duration.ofSeconds(2));
        await().atMost(5, TimeUnit.SECONDS).until(() -> consumer("events").getSession().getState() != SessionState.READY);
        Exchange failed = template.request(failFast, e -> e.getIn().setBody("during"));
        assertThat(failed.getException()).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.getReason()).isEqualTo(ChatException.Reason.NOT_CONNECTED));
        assertThat(simulator.received(license)).noneMatch(f -> f.contains("during"));
    }

    @Test
    void fatalCloseStopsReconnectingAndReportsHealthDown() throws Exception {
        int attemptsAtStart = this.attemptsAtStart;
        // the Ghost route uses a key the server does not know: close 4002, which is fatal
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> consumer("ghost").getSession().getState() == SessionState.FAILED);
        long attempts = consumer("ghost").getSession().getConnectAttempts();
        // with a 50 ms reconnect delay a retry loop would make dozens of attempts in this time
        Thread.sleep(1000);
        assertThat(consumer("ghost").getSession().getConnectAttempts()).isEqualTo(attempts).isEqualTo(1);
        assertThat(simulator.connectionAttempts() - attemptsAtStart).isLessThanOrEqualTo(2); // Bot and Ghost
        assertThat(consumer("ghost").getSession().getStateReason()).contains("4002").contains("unknown_license_key");

        HealthCheck.Result ghost = HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals("consumer:ghost")).findFirst().orElseThrow();
        assertThat(ghost.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(ghost.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("unknown_license_key"));
        assertThat(ghost.getDetails().toString()).doesNotContain(unknownKey);
        assertThat(ghost.getDetails().get(HealthCheck.ENDPOINT_URI).toString()).contains("licenseKey=xxxxxx");

        awaitReady();
        HealthCheck.Result events = HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals("consumer:events")).findFirst().orElseThrow();
        assertThat(events.getState()).isEqualTo(HealthCheck.State.UP);

        // producers of the failed session fail fast with the reason
        Exchange failed = template.request("chatbox:Ghost?url=" + simulator.baseUrl() + "&licenseKey=" + unknownKey
                                           + "&reconnectDelay=50&maxReconnectDelay=100",
                e -> e.getIn().setBody("anyone?"));
        assertThat(failed.getException()).isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.getReason()).isEqualTo(ChatException.Reason.SESSION_FAILED);
            assertThat(e.getMessage()).contains("unknown_license_key").doesNotContain(unknownKey);
        });
    }

    @Test
    void revokedKeyIsFatalButServerErrorsAreRetried() throws Exception {
        awaitReady();
        simulator.closeAll(4006, "fatal_error");
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("events").getSession().getReadyCount() == 2);

        simulator.closeAll(4100, "fatal_error"); // SwitchCraft's code for the same thing
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("events").getSession().getReadyCount() == 3);

        simulator.revokeLicense(license); // 4005 changed_license_key
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> consumer("events").getSession().getState() == SessionState.FAILED);
        assertThat(consumer("events").getSession().getStateReason()).contains("4005");
    }

    @Test
    void healthReflectsReconnection() throws Exception {
        awaitReady();
        simulator.restart(Duration.ofMillis(500));
        await().atMost(5, TimeUnit.SECONDS).until(() -> readiness("consumer:events") == HealthCheck.State.DOWN);
        await().atMost(10, TimeUnit.SECONDS).until(() -> readiness("consumer:events") == HealthCheck.State.UP);
    }

    @Test
    void producerHealthFollowsTheSessionToo() throws Exception {
        awaitReady();
        String uri = chatbox("Bot", "operation=say");
        template.sendBody(uri, "hello");
        String id = "producer:" + ((ChatboxEndpoint) context.getEndpoint(uri)).maskedUri();
        assertThat(id).contains("licenseKey=xxxxxx").doesNotContain(license.key());
        assertThat(readiness(id)).isEqualTo(HealthCheck.State.UP);
        simulator.restart(Duration.ofMillis(500));
        await().atMost(5, TimeUnit.SECONDS).until(() -> readiness(id) == HealthCheck.State.DOWN);
        await().atMost(10, TimeUnit.SECONDS).until(() -> readiness(id) == HealthCheck.State.UP);
    }

    private HealthCheck.State readiness(String id) {
        return HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals(id)).findFirst()
                .map(HealthCheck.Result::getState).orElse(HealthCheck.State.UNKNOWN);
    }
}
