package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelchat.chatbox.ChatboxEndpoint;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.License;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which server the chatbox endpoints point at. Camel is only initialised, never started (even with autoStartup=false a
 * started context starts the routes' producers, which would connect): the endpoints are created, nothing connects.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealServerSwitchTest {

    private static final String KEY = "0b5f1c2e-7a43-4d8e-9c61-3f2a8e9d4b70";

    @TempDir
    Path dir;

    @Test
    void aLicenseKeyConnectsToTheReconnectedServerWithoutASimulator() throws Exception {
        try (ChatRelayApplication app = new ChatRelayApplication(settings(Map.of("chatbox.license-key", KEY)))) {
            ChatboxTarget target = app.openTarget();

            assertThat(app.simulator()).isNull();
            assertThat(target.url()).isEqualTo("wss://chat.reconnected.cc/v2");
            assertThat(chatboxEndpoints(app, target)).hasSize(2).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl()).isEqualTo("wss://chat.reconnected.cc/v2");
                assertThat(endpoint.getConfiguration().getLicenseKey()).isEqualTo(KEY);
                assertThat(endpoint.getConfiguration().getName()).isEqualTo("DemoBot");
            });
        }
    }

    @Test
    void chatboxUrlChoosesAnotherRealServer() throws Exception {
        Map<String, String> values = Map.of("chatbox.license-key", KEY, "chatbox.url", "wss://chat.sc3.io/v2",
                "chatbox.name", "RelayBot");
        try (ChatRelayApplication app = new ChatRelayApplication(settings(values))) {
            ChatboxTarget target = app.openTarget();

            assertThat(app.simulator()).isNull();
            assertThat(chatboxEndpoints(app, target)).hasSize(2).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl()).isEqualTo("wss://chat.sc3.io/v2");
                assertThat(endpoint.getConfiguration().getName()).isEqualTo("RelayBot");
            });
        }
    }

    @Test
    void withoutALicenseKeyTheEndpointsPointAtTheEmbeddedSimulator() throws Exception {
        // a blank key, as application.properties ships it, also means "simulate"
        try (ChatRelayApplication app = new ChatRelayApplication(settings(Map.of("chatbox.license-key", " ")))) {
            ChatboxTarget target = app.openTarget();
            ChatboxSimulator simulator = app.simulator();

            assertThat(simulator).isNotNull();
            assertThat(target.url()).isEqualTo(simulator.baseUrl()).startsWith("ws://127.0.0.1:");
            License license = simulator.license(target.licenseKey());
            assertThat(license).isNotNull();
            assertThat(license.capabilities()).containsExactlyInAnyOrder(Capability.values());
            assertThat(chatboxEndpoints(app, target)).hasSize(2).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl()).isEqualTo(simulator.baseUrl());
                assertThat(endpoint.getConfiguration().getLicenseKey()).isEqualTo(license.key());
            });
            assertThat(simulator.connectionAttempts()).as("nothing connects while the routes are stopped").isZero();
        }
    }

    private DemoSettings settings(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("demo.journal", dir.resolve("journal.jsonl").toString());
        return DemoSettings.from(all::get);
    }

    /** The endpoints of the demo's chatbox URIs, resolved by the app's own Camel Main setup, which is never started. */
    private static List<ChatboxEndpoint> chatboxEndpoints(ChatRelayApplication app, ChatboxTarget target)
            throws Exception {
        Main main = app.newMain(target);
        main.init();
        CamelContext context = main.getCamelContext();
        try {
            return Stream.of(ChatboxDemoRoutes.EVENTS_IN, ChatboxDemoRoutes.TELLS_OUT)
                    .map(uri -> context.getEndpoint(uri, ChatboxEndpoint.class))
                    .toList();
        } finally {
            context.close();
        }
    }
}
