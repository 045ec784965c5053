package io.github.camelchat.simulator.hitbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.camelchat.simulator.TestTls;
import io.github.camelchat.simulator.WebSocketTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator serving {@code https://} and {@code wss://} on its one port: the server list, the Socket.IO handshake
 * and the WebSocket all go over TLS, and what the list names is reachable that way.
 */
@Timeout(60)
class TlsTest {

    @Test
    void aTrustingClientDiscoversHandshakesAndConnectsOverTls() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            HttpClient http = TestTls.trusting(TestTls.loopback());
            assertThat(sim.baseUrl()).isEqualTo("https://127.0.0.1:" + sim.port());
            assertThat(sim.serversUrl()).startsWith("https://127.0.0.1:");

            // the list names host:port, as the live one did; over https that address is this TLS port
            HttpResponse<String> list = get(http, sim.serversUrl());
            assertThat(list.statusCode()).isEqualTo(200);
            String server = WebSocketTestClient.parse(list.body()).get(0).path("server_ip").asText();
            assertThat(server).isEqualTo(sim.selfAddress());

            HttpResponse<String> handshake = get(http, "https://" + server + "/socket.io/1/?t=1");
            assertThat(handshake.statusCode()).isEqualTo(200);
            String sid = handshake.body().split(":")[0];
            assertThat(sim.webSocketUrl(sid)).isEqualTo("wss://" + server + "/socket.io/1/websocket/" + sid);
            try (WebSocketTestClient socket = WebSocketTestClient.connect(http, sim.webSocketUrl(sid))) {
                assertThat(socket.next()).isEqualTo("1::");
            }
            assertThat(sim.handshakes()).isEqualTo(1);
        }
    }

    @Test
    void aTrustingClientConnectsByHostName() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            HttpClient http = TestTls.trusting(TestTls.loopback());
            String base = sim.baseUrl().replace("127.0.0.1", "localhost");
            String sid = get(http, base + "/socket.io/1/?t=1").body().split(":")[0];
            try (WebSocketTestClient socket = WebSocketTestClient.connect(http,
                    sim.webSocketUrl(sid).replace("127.0.0.1", "localhost"))) {
                assertThat(socket.next()).isEqualTo("1::");
            }
        }
    }

    @Test
    void defaultTrustIsRefusedAlreadyAtTheHandshake() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().tls(TestTls.loopback()))) {
            String base = sim.baseUrl().replace("127.0.0.1", "localhost");
            TestTls.assertRefused(() -> get(TestTls.defaultTrust(), base + "/socket.io/1/?t=1"), TestTls.UNTRUSTED);
            TestTls.assertRefused(() -> get(TestTls.defaultTrust(), sim.serversUrl()), TestTls.UNTRUSTED);
            assertThat(sim.handshakes()).isZero();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().tls(TestTls.wrongHost()))) {
            String base = sim.baseUrl().replace("127.0.0.1", "localhost");
            TestTls.assertRefused(() -> get(TestTls.trusting(TestTls.wrongHost()), base + "/socket.io/1/?t=1"),
                    TestTls.WRONG_NAME);
            assertThat(sim.handshakes()).isZero();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
