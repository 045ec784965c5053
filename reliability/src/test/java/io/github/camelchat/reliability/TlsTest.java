package io.github.camelchat.reliability;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.reliability.rig.ChatboxRig;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code wss://} through a TLS-terminating proxy in front of the chatbox simulator: a self-signed certificate is
 * refused by default with a clear error, accepted with {@code sslContextParameters} that trust it, and a trusted
 * certificate for the wrong host name is still refused (hostname verification stays on).
 */
class TlsTest extends ReliabilityTest {

    @BeforeAll
    static void certificates() throws Exception {
        TlsFixtures.generate();
    }

    @Test
    void selfSignedIsRefusedByDefaultTrustedWithSslContextParametersAndWrongHostRefused() throws Exception {
        ChatboxRig rig = new ChatboxRig().startServer();
        try (rig;
             FaultProxy localhost = FaultProxy.tls(TlsFixtures.serverContext(TlsFixtures.LOCALHOST), rig.simulator().port());
             FaultProxy wrongHost = FaultProxy.tls(TlsFixtures.serverContext(TlsFixtures.WRONG_HOST), rig.simulator().port());
             CamelContext context = new DefaultCamelContext()) {
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            registry.register(registry.resolveById("consumers"));
            context.getRegistry().bind("testTrust", TlsFixtures.trustingTestCertificates());
            // each route has a license of its own, so a session of its own (a session is per URL and key)
            String untrusted = rig.uriAt("wss://localhost:" + localhost.port() + "/v2", "events=chat_ingame");
            String trusted = rig.uriAt("wss://localhost:" + localhost.port() + "/v2",
                    "events=chat_ingame&sslContextParameters=#testTrust");
            String wrongName = rig.uriAt("wss://localhost:" + wrongHost.port() + "/v2",
                    "events=chat_ingame&sslContextParameters=#testTrust");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(untrusted).routeId("untrusted").to("log:untrusted?level=DEBUG");
                    from(trusted).routeId("trusted").to("log:trusted?level=DEBUG");
                    from(wrongName).routeId("wrongName").to("log:wrongName?level=DEBUG");
                }
            });
            context.start();

            // trusted: connects and carries a message
            await().atMost(20, TimeUnit.SECONDS).until(() -> state(context, "trusted") == SessionState.READY);
            Exchange sent = context.createProducerTemplate().request(trusted, e -> e.getIn().setBody("over TLS"));
            assertThat(sent.getException()).isNull();
            assertThat(rig.deliveredByAnyLicense()).contains("over TLS");

            // default trust: refused, the reason says why, and it stays refused
            await().atMost(20, TimeUnit.SECONDS).until(() -> session(context, "untrusted").getFailedAttempts() >= 2);
            assertThat(session(context, "untrusted").getState()).isNotEqualTo(SessionState.READY);
            assertThat(session(context, "untrusted").getStateReason()).contains("SSLHandshakeException")
                    .containsAnyOf("PKIX path building failed", "unable to find valid certification path");
            HealthCheck.Result health = readiness(context, "consumer:untrusted");
            assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("PKIX"));

            // a certificate the trust store accepts, for another host name: refused by hostname verification
            await().atMost(20, TimeUnit.SECONDS).until(() -> session(context, "wrongName").getFailedAttempts() >= 2);
            assertThat(session(context, "wrongName").getState()).isNotEqualTo(SessionState.READY);
            assertThat(session(context, "wrongName").getStateReason()).contains("SSLHandshakeException")
                    .contains("No subject alternative DNS name matching localhost");
            assertThat(readiness(context, "consumer:wrongName").getState()).isEqualTo(HealthCheck.State.DOWN);

            context.getEndpoints().forEach(e -> Secrets.observe(e.toString()));
            for (String route : List.of("untrusted", "trusted", "wrongName")) {
                Secrets.observe(session(context, route).getName() + " " + session(context, route).getStateReason());
            }
        }
    }

    private static ChatSession<?> session(CamelContext context, String routeId) {
        return ((ChatConsumer<?>) context.getRoute(routeId).getConsumer()).getSession();
    }

    private static SessionState state(CamelContext context, String routeId) {
        ChatSession<?> session = session(context, routeId);
        return session == null ? null : session.getState();
    }

    private static HealthCheck.Result readiness(CamelContext context, String id) {
        HealthCheck.Result result = HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals(id)).findFirst().orElseThrow();
        Secrets.observe(result.getMessage() + " " + result.getDetails());
        return result;
    }
}
