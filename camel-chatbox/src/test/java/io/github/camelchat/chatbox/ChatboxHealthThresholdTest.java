package io.github.camelchat.chatbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import io.github.camelchat.common.session.SessionState;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With healthFailureThreshold=3 a lost connection stays UP until the third failed attempt in a row. */
class ChatboxHealthThresholdTest extends ChatboxTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        registry.register(registry.resolveById("consumers"));
        return camelContext;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(chatbox("Bot", "healthFailureThreshold=3"))
                        .routeId("events").to("mock:events");
            }
        };
    }

    private ChatboxConsumer chatboxConsumer() {
        return (ChatboxConsumer) context.getRoute("events").getConsumer();
    }

    private HealthCheck.Result readiness() {
        return HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals("consumer:events")).findFirst().orElseThrow();
    }

    @Test
    void aBlipStaysUpAnOutageGoesDownAndRecoveryIsUpAgain() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> chatboxConsumer().getSession().getState() == SessionState.READY);
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
        try {
            simulator.restart(Duration.ofSeconds(3));
            await().atMost(5, TimeUnit.SECONDS).until(() -> chatboxConsumer().getSession().getState() != SessionState.READY);
            // the first loss is below the threshold
            if (chatboxConsumer().getSession().getFailedAttempts() < 3) {
                assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
            }
            await().atMost(5, TimeUnit.SECONDS).until(() -> readiness().getState() == HealthCheck.State.DOWN);
            assertThat(chatboxConsumer().getSession().getFailedAttempts()).isGreaterThanOrEqualTo(3);
            assertThat(readiness().getMessage()).hasValueSatisfying(m -> assertThat(m).containsAnyOf("RETRY_WAIT", "CONNECTING", "HANDSHAKING"));
        } finally {
            await().atMost(10, TimeUnit.SECONDS).until(simulator::isListening);
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> readiness().getState() == HealthCheck.State.UP);
    }
}
