package io.github.camelchat.simulator.chatbox;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Client packets over a real socket: RCC's checks in RCC's order, with RCC's texts. */
@Timeout(60)
class ValidationTest {

    private ChatboxSimulator sim;

    @BeforeEach
    void start() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(Duration.ofMillis(20)));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static void expectError(TestClient client, String frame, String error, int id, String message) {
        client.send(frame);
        assertThat(client.next()).isEqualTo("{\"error\":\"" + error + "\",\"message\":\"" + message + "\",\"id\":" + id
                + ",\"ok\":false,\"type\":\"error\"}");
    }

    @Test
    void malformedFramesAreUnknownErrorWithIdMinusOne() {
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            String unknownError = "An unknown error occurred.";
            expectError(client, "not json", "unknown_error", -1, unknownError);
            expectError(client, "[]", "unknown_error", -1, unknownError);
            expectError(client, "null", "unknown_error", -1, unknownError);
            expectError(client, "{\"type\":\"say\",\"text\":\"x\",\"id\":1.5}", "unknown_error", -1, unknownError);
            expectError(client, "{\"type\":\"say\",\"text\":\"x\",\"id\":\"seven\"}", "unknown_error", -1, unknownError);
        }
    }

    @Test
    void typeChecksComeNext() {
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            expectError(client, "{\"id\":\"7\"}", "unknown_type", 7, "Unrecognised message type.");
            expectError(client, "{\"type\":\"nope\",\"id\":8}", "unknown_type", 8, "Unrecognised message type.");
            expectError(client, "{\"type\":\"ping\"}", "unknown_type", -1, "Unrecognised message type.");
        }
    }

    @Test
    void capabilityUserTextModeInThatOrder() {
        License readOnly = sim.addLicense("Reader", Capability.READ);
        License full = sim.addLicense("Owner", Capability.values());
        try (TestClient reader = TestClient.connect(sim.url(readOnly)).greeted();
             TestClient client = TestClient.connect(sim.url(full)).greeted()) {
            String noCapability = "You don\\u0027t have the required capability to run this.";
            expectError(reader, "{\"type\":\"say\",\"id\":1}", "missing_capability", 1, noCapability);
            expectError(reader, "{\"type\":\"tell\",\"id\":2}", "missing_capability", 2, noCapability);
            expectError(client, "{\"type\":\"tell\",\"id\":3,\"text\":\"x\"}", "missing_user", 3,
                    "The \\u0027user\\u0027 argument is required.");
            expectError(client, "{\"type\":\"tell\",\"id\":4,\"user\":\"Nobody\",\"mode\":\"bad\"}", "missing_text", 4,
                    "The \\u0027text\\u0027 argument is required.");
            expectError(client, "{\"type\":\"say\",\"id\":5,\"text\":\"x\",\"mode\":\"html\"}", "invalid_mode", 5,
                    "The \\u0027mode\\u0027 argument is invalid.");
            expectError(client, "{\"type\":\"tell\",\"id\":6,\"user\":\"Nobody\",\"text\":\"x\"}", "unknown_user", 6,
                    "That user is not online.");
        }
    }

    @Test
    void objectTextGetsNoReplyAtAll() {
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send("{\"type\":\"say\",\"id\":1,\"text\":{\"nested\":true}}");
            client.send("{\"type\":\"nope\",\"id\":2}");
            JsonNode next = client.nextJson();
            assertThat(next.path("id").asInt()).as("the object-valued text was ignored").isEqualTo(2);
            assertThat(sim.received(license)).hasSize(2);
        }
    }

    @Test
    void tellByNameOrUuidAndTruncation() {
        License license = sim.addLicense("Owner", Capability.values());
        Player alice = sim.player("Alice");
        sim.join(alice);
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send("{\"type\":\"tell\",\"id\":1,\"user\":\"alice\",\"text\":\"by name\",\"name\":\"  &aBot\\n \"}");
            client.send("{\"type\":\"tell\",\"id\":2,\"user\":\"" + alice.uuid() + "\",\"text\":\"" + "y".repeat(1100)
                    + "\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.inbox(alice).size() == 2);
            assertThat(sim.inbox(alice).get(0)).isEqualTo("[CB PM] Bot: by name");
            Delivery second = sim.deliveries().get(1);
            assertThat(second.rawText()).hasSize(1024);
            assertThat(second.name()).isEqualTo("Owner");
            assertThat(second.user()).isEqualTo("Alice");
            assertThat(sim.deliveries().get(0).mode()).isEqualTo("markdown");
        }
    }

    @Test
    void capabilityChangesApplyToOpenSockets() {
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            License changed = sim.setCapabilities(license, Capability.READ);
            assertThat(changed.capabilities()).containsExactly(Capability.READ);
            client.send("{\"type\":\"say\",\"id\":1,\"text\":\"x\"}");
            assertThat(client.nextOfType("error").path("error").asText()).isEqualTo("missing_capability");
        }
    }

    @Test
    void stringIdIsEchoedAsNumber() {
        License license = sim.addLicense("Owner", Capability.values());
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send("{\"type\":\"say\",\"id\":\"7\",\"text\":\"hi\"}");
            assertThat(client.next()).isEqualTo(
                    "{\"reason\":\"message_queued\",\"id\":7,\"ok\":true,\"type\":\"success\"}");
        }
    }
}
