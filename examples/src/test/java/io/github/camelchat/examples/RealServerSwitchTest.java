package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelchat.capi.CapiEndpoint;
import io.github.camelchat.chatbox.ChatboxEndpoint;
import io.github.camelchat.hitbox.HitboxEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which server each game's endpoints point at: a game with credentials gets its real server, the others their
 * embedded simulator. Camel is only initialised, never started (a started context would start the routes' producers,
 * which connect): the endpoints exist with their final configuration, nothing connects anywhere.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealServerSwitchTest {

    private static final String LICENSE_KEY = "0b5f1c2e-7a43-4d8e-9c61-3f2a8e9d4b70";
    private static final String API_KEY = "3f2a8e9d4b700b5f1c2e7a434d8e9c61";
    private static final String TOKEN = "9c613f2a8e9d4b700b5f1c2e7a434d8e9c613f2a";

    @TempDir
    Path dir;

    @Test
    void withoutCredentialsEveryGameRunsOnItsEmbeddedSimulator() throws Exception {
        try (ChatRelayApplication app = new ChatRelayApplication(settings(Map.of("chatbox.license-key", " ")))) {
            Endpoints endpoints = Endpoints.of(app);
            EmbeddedSimulators simulators = app.simulators();

            assertThat(simulators.chatbox()).isNotNull();
            assertThat(simulators.capi()).isNotNull();
            assertThat(simulators.hitbox()).isNotNull();
            assertThat(endpoints.chatbox()).hasSize(3).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl()).isEqualTo(simulators.chatbox().baseUrl())
                        .startsWith("ws://127.0.0.1:");
                assertThat(simulators.chatbox().license(endpoint.getConfiguration().getLicenseKey())).isNotNull();
            });
            assertThat(endpoints.capi()).hasSize(3).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl()).isEqualTo(simulators.capi().url())
                        .startsWith("ws://127.0.0.1:");
                assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(simulators.capiBot().apiKey());
            });
            assertThat(endpoints.hitbox()).hasSize(2).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getServersUrl()).isEqualTo(simulators.hitbox().serversUrl())
                        .startsWith("http://127.0.0.1:");
                assertThat(endpoint.getConfiguration().getName()).isEqualTo("RelayBot");
                assertThat(endpoint.getConfiguration().getToken()).isNotBlank();
            });
            assertThat(simulators.chatbox().connectionAttempts()).as("nothing connects").isZero();
            assertThat(simulators.capi().connectionAttempts()).isZero();
            assertThat(simulators.hitbox().handshakes()).isZero();
        }
    }

    @Test
    void withEveryCredentialEveryGameGoesToItsRealServerAndNoSimulatorStarts() throws Exception {
        Map<String, String> values = Map.of("chatbox.license-key", LICENSE_KEY, "capi.api-key", API_KEY,
                "hitbox.name", "MyStreamBot", "hitbox.token", TOKEN, "hitbox.channel", "MyChannel");
        try (ChatRelayApplication app = new ChatRelayApplication(settings(values))) {
            Endpoints endpoints = Endpoints.of(app);

            assertThat(app.simulators().chatbox()).isNull();
            assertThat(app.simulators().capi()).isNull();
            assertThat(app.simulators().hitbox()).isNull();
            assertThat(endpoints.chatbox()).hasSize(3).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl()).isEqualTo("wss://chat.reconnected.cc/v2");
                assertThat(endpoint.getConfiguration().getLicenseKey()).isEqualTo(LICENSE_KEY);
                assertThat(endpoint.getConfiguration().getName()).isEqualTo("RelayBot");
            });
            assertThat(endpoints.capi()).hasSize(3).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getUrl())
                        .isEqualTo("wss://connect-bot.classic.blizzard.com/v1/rpc/chat");
                assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(API_KEY);
            });
            assertThat(endpoints.hitbox()).hasSize(2).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getServersUrl()).isEqualTo("https://api.hitbox.tv/chat/servers");
                assertThat(endpoint.getConfiguration().getChannel()).isEqualTo("mychannel");
                assertThat(endpoint.getConfiguration().getName()).isEqualTo("MyStreamBot");
                assertThat(endpoint.getConfiguration().getToken()).isEqualTo(TOKEN);
            });
        }
    }

    @Test
    void eachGameSwitchesOnItsOwn() throws Exception {
        // Battle.net is real; Minecraft has another server configured but no key; hitbox has a name but no token
        Map<String, String> values = Map.of("capi.api-key", API_KEY, "chatbox.url", "wss://chat.sc3.io/v2",
                "hitbox.name", "MyStreamBot");
        try (ChatRelayApplication app = new ChatRelayApplication(settings(values))) {
            Endpoints endpoints = Endpoints.of(app);
            EmbeddedSimulators simulators = app.simulators();

            assertThat(simulators.capi()).isNull();
            assertThat(endpoints.capi()).allSatisfy(endpoint -> assertThat(endpoint.getConfiguration().getUrl())
                    .isEqualTo("wss://connect-bot.classic.blizzard.com/v1/rpc/chat"));
            assertThat(simulators.chatbox()).isNotNull();
            assertThat(endpoints.chatbox()).allSatisfy(endpoint -> assertThat(endpoint.getConfiguration().getUrl())
                    .isEqualTo(simulators.chatbox().baseUrl()));
            assertThat(simulators.hitbox()).isNotNull();
            assertThat(endpoints.hitbox()).allSatisfy(endpoint -> {
                assertThat(endpoint.getConfiguration().getServersUrl()).isEqualTo(simulators.hitbox().serversUrl());
                assertThat(endpoint.getConfiguration().getName()).as("the simulator's account takes the name")
                        .isEqualTo("MyStreamBot");
            });
        }
    }

    @Test
    void aDiscordWebhookAddsTheDiscordRouteAndOnlyThen() {
        try (ChatRelayApplication app = new ChatRelayApplication(settings(Map.of()))) {
            assertThat(app.newMain(app.openTargets()).configure().getRoutesBuilders())
                    .hasAtLeastOneElementOfType(HitboxRoutes.class)
                    .noneMatch(DiscordWebhookRoutes.class::isInstance);
        }
        Map<String, String> withDiscord = Map.of("discord.webhook-url", "https://discord.com/api/webhooks/1/secret");
        try (ChatRelayApplication app = new ChatRelayApplication(settings(withDiscord))) {
            assertThat(app.newMain(app.openTargets()).configure().getRoutesBuilders())
                    .hasAtLeastOneElementOfType(DiscordWebhookRoutes.class);
        }
    }

    private DemoSettings settings(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("demo.journal", dir.resolve("journal.jsonl").toString());
        return DemoSettings.from(all::get);
    }

    /**
     * The endpoints of the routes' URIs, resolved by the app's own Camel Main setup (its placeholders), which is
     * initialised but never started.
     */
    private record Endpoints(List<ChatboxEndpoint> chatbox, List<CapiEndpoint> capi, List<HitboxEndpoint> hitbox) {

        static Endpoints of(ChatRelayApplication app) throws Exception {
            Main main = app.newMain(app.openTargets());
            main.init();
            CamelContext context = main.getCamelContext();
            try {
                return new Endpoints(
                        resolve(context, ChatboxEndpoint.class,
                                ChatboxRoutes.EVENTS_IN, ChatboxRoutes.SAYS_OUT, ChatboxRoutes.TELLS_OUT),
                        resolve(context, CapiEndpoint.class,
                                CapiRoutes.EVENTS_IN, CapiRoutes.MESSAGES_OUT, CapiRoutes.WHISPERS_OUT),
                        resolve(context, HitboxEndpoint.class, HitboxRoutes.EVENTS_IN, HitboxRoutes.CHAT_OUT));
            } finally {
                context.close();
            }
        }

        private static <T extends Endpoint> List<T> resolve(CamelContext context, Class<T> type, String... uris) {
            return Stream.of(uris).map(uri -> context.getEndpoint(uri, type)).toList();
        }
    }
}
