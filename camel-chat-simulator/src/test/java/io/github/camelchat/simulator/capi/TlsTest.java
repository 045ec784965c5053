package io.github.camelchat.simulator.capi;

import io.github.camelchat.simulator.TestTls;
import io.github.camelchat.simulator.WebSocketTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator serving {@code wss://} itself: trusted clients authenticate, others fail the TLS handshake. */
@Timeout(60)
class TlsTest {

    @Test
    void aClientThatTrustsTheCertificateAuthenticatesOverWss() {
        try (CapiSimulator sim = CapiSimulator.start(CapiSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            BotAccount bot = sim.addBot("CamelBot", "Op Camel");
            assertThat(sim.url()).isEqualTo("wss://127.0.0.1:" + sim.port() + CapiSimulatorOptions.PATH);
            String url = sim.url().replace("127.0.0.1", "localhost");
            try (WebSocketTestClient client = WebSocketTestClient.connect(TestTls.trusting(TestTls.loopback()), url)) {
                client.send("{\"command\":\"Botapiauth.AuthenticateRequest\",\"request_id\":7,\"payload\":"
                        + "{\"api_key\":\"" + bot.apiKey() + "\"}}");
                assertThat(client.next()).isEqualTo(
                        "{\"command\":\"Botapiauth.AuthenticateResponse\",\"request_id\":7,\"payload\":{}}");
            }
            assertThat(sim.received(bot)).anySatisfy(f -> assertThat(f).contains("AuthenticateRequest"));
        }
    }

    @Test
    void defaultTrustIsRefusedInTheHandshake() {
        try (CapiSimulator sim = CapiSimulator.start(CapiSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            String url = sim.url().replace("127.0.0.1", "localhost");
            TestTls.assertRefused(() -> WebSocketTestClient.connect(TestTls.defaultTrust(), url), TestTls.UNTRUSTED);
            assertThat(sim.connectionAttempts()).isZero();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        try (CapiSimulator sim = CapiSimulator.start(CapiSimulatorOptions.defaults().tls(TestTls.wrongHost()))) {
            String url = sim.url().replace("127.0.0.1", "localhost");
            TestTls.assertRefused(() -> WebSocketTestClient.connect(TestTls.trusting(TestTls.wrongHost()), url),
                    TestTls.WRONG_NAME);
            assertThat(sim.connectionAttempts()).isZero();
        }
    }

    @Test
    void theExtensionCarriesTheCertificate() {
        CapiSimulatorExtension extension = new CapiSimulatorExtension(
                CapiSimulatorOptions.defaults().tls(TestTls.loopback()));
        try (CapiSimulator sim = extension.startSimulator()) {
            assertThat(sim.url()).startsWith("wss://");
        }
    }
}
