package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.capi.CapiEndpoint;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.Player;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code routes/relay.camel.yaml}, and only it, run by Camel Main against the three simulators: the YAML relay does
 * what the Java one does at its core.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class YamlRelayRoutesTest {

    private static final String YAML = "classpath:routes/relay.camel.yaml";

    @Test
    void theYamlRoutesRelayBetweenTheGamesAndAnswerCommands() throws Exception {
        DemoSettings settings = DemoSettings.from(Map.<String, String>of()::get);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (EmbeddedSimulators simulators = EmbeddedSimulators.startFor(settings)) {
            ChatboxSimulator chatbox = simulators.chatbox();
            CapiSimulator capi = simulators.capi();
            HitboxSimulator hitbox = simulators.hitbox();
            capi.setRateLimit(0, Duration.ofSeconds(10));
            String channel = settings.hitbox().channel();
            String capiBot = simulators.capiBot().toonName();

            Main main = new Main();
            main.configure().withRoutesIncludePattern(YAML);
            Properties placeholders = simulators.targets().asProperties();
            placeholders.setProperty(DemoSettings.CAPI_SEND_INTERVAL, "100");
            main.setOverrideProperties(placeholders);
            Future<?> running = thread.submit(() -> {
                main.run();
                return null;
            });
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> main.getCamelContext() != null
                        && main.getCamelContext().getStatus() == ServiceStatus.Started);
                CamelContext camel = main.getCamelContext();
                assertThat(camel.getRoutes()).extracting(Route::getRouteId).containsExactlyInAnyOrder(
                        "yaml-chatbox-in", "yaml-chatbox-out", "yaml-capi-in", "yaml-capi-out",
                        "yaml-hitbox-in", "yaml-hitbox-out");
                await("bots logged in").atMost(Duration.ofSeconds(20)).until(() ->
                        chatbox.openConnections() > 0 && hitbox.sockets(channel).contains(settings.hitbox().name())
                                && camel.getEndpoints().stream().anyMatch(e -> e instanceof CapiEndpoint capiEndpoint
                                        && capiEndpoint.getChannel() != null));

                Player steve = Player.named("Steve");
                chatbox.join(steve);
                chatbox.chat(steve, "hello from the YAML relay");
                capi.say(capi.join(capi.user("Raynor")), "hi from Battle.net");
                Viewer cat = Viewer.anon("ninja_cat");
                hitbox.joinViewer(cat, channel);
                hitbox.chat(cat, channel, "hi from hitbox");
                hitbox.chat(cat, channel, "!ping");

                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    assertThat(saidInMinecraft(chatbox)).contains("[BN] Raynor: hi from Battle.net",
                            "[HB] ninja_cat: hi from hitbox");
                    assertThat(capi.channelLog()).filteredOn(line -> line.toonName().equals(capiBot))
                            .extracting(line -> line.text())
                            .contains("[MC] Steve: hello from the YAML relay", "[HB] ninja_cat: hi from hitbox");
                    assertThat(hitbox.chatLog(channel)).extracting(line -> line.text())
                            .contains("[MC] Steve: hello from the YAML relay", "[BN] Raynor: hi from Battle.net",
                                    "@ninja_cat pong");
                });
                // hitbox echoes the relayed lines to the bot: they must not come back to Minecraft
                hitbox.chat(cat, channel, "barrier");
                await().atMost(Duration.ofSeconds(10)).until(() -> saidInMinecraft(chatbox)
                        .contains("[HB] ninja_cat: barrier"));
                assertThat(saidInMinecraft(chatbox)).noneMatch(line -> line.contains("[MC]") || line.contains("pong"));
            } finally {
                main.completed();
                running.get(30, TimeUnit.SECONDS);
            }
        } finally {
            thread.shutdownNow();
        }
    }

    private static List<String> saidInMinecraft(ChatboxSimulator chatbox) {
        return chatbox.deliveries().stream().filter(d -> "say".equals(d.type())).map(Delivery::rawText).toList();
    }
}
