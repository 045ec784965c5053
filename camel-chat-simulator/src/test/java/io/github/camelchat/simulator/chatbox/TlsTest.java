package io.github.camelchat.simulator.chatbox;

import io.github.camelchat.simulator.TestTls;
import io.github.camelchat.simulator.WebSocketTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator serving {@code wss://} itself: trusted clients are greeted, others fail the TLS handshake. */
@Timeout(60)
class TlsTest {

    @Test
    void aClientThatTrustsTheCertificateIsGreetedOverWss() {
        try (ChatboxSimulator sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            License license = sim.addLicense("Owner");
            assertThat(sim.baseUrl()).startsWith("wss://127.0.0.1:");
            // by name, as the certificate says; 127.0.0.1 is in it too
            String url = sim.url(license).replace("127.0.0.1", "localhost");
            try (WebSocketTestClient client = WebSocketTestClient.connect(TestTls.trusting(TestTls.loopback()), url)) {
                String hello = nextOfType(client, "hello");
                assertThat(WebSocketTestClient.parse(hello).path("licenseOwner").asText()).isEqualTo("Owner");
            }
            try (WebSocketTestClient byAddress = WebSocketTestClient.connect(TestTls.trusting(TestTls.loopback()),
                    sim.url(license))) {
                assertThat(nextOfType(byAddress, "hello")).isNotEmpty();
            }
            assertThat(sim.connectionAttempts()).isEqualTo(2);
        }
    }

    @Test
    void defaultTrustIsRefusedInTheHandshake() {
        try (ChatboxSimulator sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            String url = sim.url(sim.addLicense("Owner")).replace("127.0.0.1", "localhost");
            TestTls.assertRefused(() -> WebSocketTestClient.connect(TestTls.defaultTrust(), url), TestTls.UNTRUSTED);
            // refused before any HTTP: the upgrade never reached the server
            assertThat(sim.connectionAttempts()).isZero();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        try (ChatboxSimulator sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tls(TestTls.wrongHost()))) {
            String url = sim.url(sim.addLicense("Owner")).replace("127.0.0.1", "localhost");
            TestTls.assertRefused(() -> WebSocketTestClient.connect(TestTls.trusting(TestTls.wrongHost()), url),
                    TestTls.WRONG_NAME);
            assertThat(sim.connectionAttempts()).isZero();
        }
    }

    @Test
    void withoutACertificateItStaysPlain() {
        try (ChatboxSimulator sim = ChatboxSimulator.start()) {
            assertThat(sim.baseUrl()).startsWith("ws://");
            assertThat(sim.options().tls()).isEmpty();
        }
    }

    private static String nextOfType(WebSocketTestClient client, String type) {
        while (true) {
            String frame = client.next();
            if (type.equals(WebSocketTestClient.parse(frame).path("type").asText())) {
                return frame;
            }
        }
    }
}
