package io.github.camelchat.simulator.chatbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class GreetingTest {

    private ChatboxSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void playersComeBeforeHelloAndHelloDescribesTheLicense() {
        sim = ChatboxSimulator.start();
        Player owner = sim.player("Yemmel");
        sim.join(sim.player("Lemmmy"));
        License license = sim.addLicense("Yemmel");
        try (TestClient client = TestClient.connect(sim.url(license))) {
            JsonNode players = client.nextJson();
            assertThat(players.path("type").asText()).isEqualTo("players");
            assertThat(keys(players)).containsExactly("time", "players", "id", "ok", "type");
            assertThat(players.path("id").asInt()).isEqualTo(-1);
            assertThat(players.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(players.path("players")).hasSize(1);
            assertThat(players.path("players").get(0).path("name").asText()).isEqualTo("Lemmmy");

            JsonNode hello = client.nextJson();
            assertThat(keys(hello)).containsExactly("guest", "licenseOwner", "licenseOwnerUser", "capabilities",
                    "id", "ok", "type");
            assertThat(hello.path("type").asText()).isEqualTo("hello");
            assertThat(hello.path("ok").asBoolean()).isTrue();
            assertThat(hello.path("id").asInt()).isEqualTo(-1);
            assertThat(hello.path("guest").asBoolean()).isFalse();
            assertThat(hello.path("licenseOwner").asText()).isEqualTo("Yemmel");
            JsonNode ownerUser = hello.path("licenseOwnerUser");
            assertThat(ownerUser.path("uuid").asText()).isEqualTo(owner.uuid().toString());
            assertThat(ownerUser.path("type").asText()).isEqualTo("ingame");
            assertThat(ownerUser.has("world")).as("an offline owner has no world (User.tryGet)").isFalse();
            assertThat(ownerUser.has("pronouns")).as("null fields are left out").isFalse();
            assertThat(hello.path("capabilities").toString()).isEqualTo("[\"tell\",\"read\",\"command\"]");
        }
    }

    @Test
    void guestHelloHasNoOwnerAndOnlyRead() {
        sim = ChatboxSimulator.start();
        try (TestClient client = TestClient.connect(sim.guestUrl())) {
            assertThat(client.next()).matches(
                    "\\{\"time\":\"[-0-9T:.]+Z\",\"players\":\\[],\"id\":-1,\"ok\":true,\"type\":\"players\"}");
            assertThat(client.next()).isEqualTo(
                    "{\"guest\":true,\"capabilities\":[\"read\"],\"id\":-1,\"ok\":true,\"type\":\"hello\"}");
        }
    }

    @Test
    void noPlayersPacketWithoutRead() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner", Capability.SAY, Capability.TELL);
        try (TestClient client = TestClient.connect(sim.url(license))) {
            JsonNode hello = client.nextJson();
            assertThat(hello.path("type").asText()).isEqualTo("hello");
            assertThat(hello.path("capabilities").toString()).isEqualTo("[\"tell\",\"say\"]");
            sim.join(sim.player("Someone"));
            client.send("{\"type\":\"nope\",\"id\":3}");
            assertThat(client.nextJson().path("error").asText())
                    .as("no join or players without read").isEqualTo("unknown_type");
        }
    }

    @Test
    void helloFirstOptionGivesSwitchCraftOrder() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().helloFirst(true));
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license))) {
            assertThat(client.nextJson().path("type").asText()).isEqualTo("hello");
            assertThat(client.nextJson().path("type").asText()).isEqualTo("players");
        }
    }

    @Test
    void onlineOwnerHasWorldAndAfk() {
        sim = ChatboxSimulator.start();
        Player owner = sim.player("Owner");
        sim.join(owner);
        License license = sim.addLicense(owner);
        try (TestClient client = TestClient.connect(sim.url(license))) {
            JsonNode user = client.nextOfType("hello").path("licenseOwnerUser");
            assertThat(keys(user)).containsExactly("type", "name", "uuid", "displayName", "group", "world", "afk",
                    "alt", "bot", "supporter");
            assertThat(user.path("world").asText()).isEqualTo("minecraft:overworld");
        }
    }
}
