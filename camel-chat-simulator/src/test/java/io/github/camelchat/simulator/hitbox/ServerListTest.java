package io.github.camelchat.simulator.hitbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ServerListTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    private static JsonNode json(String body) {
        return HitboxClient.parse(body);
    }

    @Test
    void redisListNamesThisSimulator() {
        HitboxSimulator sim = hitbox.simulator();
        HttpResponse<String> response = HitboxClient.get(sim.serversUrl());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("[{\"server_ip\":\"" + sim.selfAddress() + "\"}]");
        assertThat(sim.serversUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/api/chat/servers?redis=true");
    }

    @Test
    void everyListUrlAnswersAndTheOldOneCarriesTypeAndEnabled() {
        HitboxSimulator sim = hitbox.simulator();
        for (String path : new String[] {"/chat/servers", "/chat/servers?redis=true", "/api/chat/servers.json",
                "/chat/servers.json"}) {
            JsonNode list = json(HitboxClient.get(sim.baseUrl() + path).body());
            assertThat(list).as(path).hasSize(1);
            assertThat(list.get(0).fieldNames()).toIterable().as(path).containsExactly("server_ip");
        }
        JsonNode old = json(HitboxClient.get(sim.baseUrl() + "/api/chat/servers").body()).get(0);
        assertThat(old.path("server_ip").asText()).isEqualTo(sim.selfAddress());
        assertThat(old.path("server_type").asText()).isEqualTo("chat");
        assertThat(old.path("server_enabled").asText()).isEqualTo("1");
    }

    @Test
    void proxyFormRequestIsRoutedByPath() throws IOException {
        HitboxSimulator sim = hitbox.simulator();
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET http://www.hitbox.tv/api/chat/servers?redis=true HTTP/1.1\r\n"
                    + "Host: www.hitbox.tv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = readAll(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 200");
            assertThat(response).endsWith("[{\"server_ip\":\"" + sim.selfAddress() + "\"}]");
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void listIsConfigurableWithADeadServerFirst() {
        HitboxSimulator sim = hitbox.simulator();
        sim.serverList("127.0.0.1:1", HitboxSimulatorOptions.SELF, "chat.example:8080");

        JsonNode list = json(HitboxClient.get(sim.serversUrl()).body());

        assertThat(list).extracting(n -> n.path("server_ip").asText())
                .containsExactly("127.0.0.1:1", sim.selfAddress(), "chat.example:8080");
    }

    @Test
    void listFromTheOptions() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .serverList("127.0.0.1:9", HitboxSimulatorOptions.SELF))) {
            assertThat(json(HitboxClient.get(sim.serversUrl()).body()))
                    .extracting(n -> n.path("server_ip").asText()).containsExactly("127.0.0.1:9", sim.selfAddress());
        }
    }

    @Test
    void listStatusSwitch() {
        HitboxSimulator sim = hitbox.simulator();
        sim.serverListStatus(503);
        assertThat(HitboxClient.get(sim.serversUrl()).statusCode()).isEqualTo(503);
        sim.serverListStatus(200);
        assertThat(HitboxClient.get(sim.serversUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void otherPathsAre404() {
        assertThat(HitboxClient.get(hitbox.simulator().baseUrl() + "/api/media/live").statusCode()).isEqualTo(404);
    }
}
