package io.github.camelchat.simulator.chatbox;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ExtensionTest {

    @RegisterExtension
    static final ChatboxSimulatorExtension CHATBOX =
            new ChatboxSimulatorExtension(ChatboxSimulatorOptions.defaults().tick(Duration.ofMillis(10)).port(12345));

    @Test
    void perClassSimulatorOnAFreeLoopbackPort(ChatboxSimulator injected) {
        ChatboxSimulator sim = CHATBOX.simulator();
        assertThat(injected).isSameAs(sim);
        assertThat(sim.port()).as("the extension always picks a free port").isNotEqualTo(12345).isPositive();
        assertThat(sim.baseUrl()).isEqualTo("ws://127.0.0.1:" + sim.port() + "/v2");
        License license = sim.addLicense("Owner", Capability.SAY);
        try (TestClient client = TestClient.connect(sim.url(license)).greeted()) {
            client.send("{\"type\":\"say\",\"id\":1,\"text\":\"hi\"}");
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_queued");
            assertThat(client.nextJson().path("reason").asText()).isEqualTo("message_sent");
        }
    }

    @Nested
    class PerTest {

        @RegisterExtension
        final ChatboxSimulatorExtension perTest = new ChatboxSimulatorExtension();

        @Test
        void freshSimulatorPerTest() {
            assertThat(perTest.simulator()).isNotSameAs(CHATBOX.simulator());
            assertThat(perTest.simulator().onlinePlayers()).isEmpty();
        }
    }
}
