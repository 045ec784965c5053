package io.github.camelchat.kamelets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.chatbox.ChatboxEndpoint;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;
import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.ChatLine;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Role;
import org.apache.camel.ServiceStatus;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML routes kamelets/README.md shows for Camel JBang ({@code src/test/resources/routes}), loaded by camel-yaml-dsl
 * as {@code camel run} loads them, with an application.properties' worth of placeholders pointing at the simulators.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class YamlRoutesTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ChatboxSimulator chatbox;
    private static HitboxSimulator hitbox;

    private final License license = chatbox.addLicense("Owner" + System.nanoTime() % 100_000, Capability.values());

    @BeforeAll
    static void startSimulators() {
        chatbox = ChatboxSimulator.start();
        hitbox = HitboxSimulator.start();
    }

    @AfterAll
    static void stopSimulators() {
        try {
            if (chatbox != null) {
                chatbox.close();
            }
        } finally {
            if (hitbox != null) {
                hitbox.close();
            }
        }
    }

    private void load(String route, Properties properties) throws Exception {
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/" + route));
    }

    /** The route's chatbox endpoint (the Kamelet's, for the relay) has the server's hello. */
    private void awaitChatboxLoggedIn() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getEndpoints().stream()
                .filter(ChatboxEndpoint.class::isInstance).map(ChatboxEndpoint.class::cast)
                .anyMatch(e -> e.getHello() != null));
    }

    /** The server records a message before its confirmation reaches the producer: let the exchange complete. */
    private void awaitExchangesDone() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getInflightRepository().size() == 0);
    }

    @Test
    void chatToFileAppendsEveryChatLineAsJson(@TempDir Path dir) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("chatbox.license-key", license.key());
        properties.setProperty("chatbox.url", chatbox.baseUrl());
        properties.setProperty("chat.dir", dir.toString());
        load("chat-to-file.yaml", properties);
        assertThat(context.getRouteController().getRouteStatus("chat-to-file")).isEqualTo(ServiceStatus.Started);
        awaitChatboxLoggedIn();

        Player alex = chatbox.player("Alex");
        chatbox.join(alex);
        chatbox.chat(alex, "first");
        chatbox.chat(alex, "second");

        Path file = dir.resolve("chat.jsonl");
        await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(file) && Files.readAllLines(file).size() == 2);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(n -> n.path("event").asText()).containsOnly("chat_ingame");
        assertThat(lines).extracting(n -> n.path("text").asText()).containsExactly("first", "second");
    }

    @Test
    void minecraftChatIsRelayedToHitboxThroughTheKamelets() throws Exception {
        Account relay = hitbox.addAccount("Relay", Role.USER);
        String channel = "relayed";
        Properties properties = new Properties();
        properties.setProperty("chatbox.license-key", license.key());
        properties.setProperty("chatbox.url", chatbox.baseUrl());
        properties.setProperty("hitbox.channel", channel);
        properties.setProperty("hitbox.name", relay.name());
        properties.setProperty("hitbox.token", relay.token());
        properties.setProperty("hitbox.servers", hitbox.selfAddress());
        load("minecraft-to-hitbox.yaml", properties);
        awaitChatboxLoggedIn();
        await().atMost(10, TimeUnit.SECONDS).until(() -> hitbox.sockets(channel).contains(relay.name()));

        Player steve = chatbox.player("Steve");
        chatbox.join(steve);
        chatbox.chat(steve, "anyone on hitbox?");

        await().atMost(10, TimeUnit.SECONDS).until(() -> hitbox.chatLog(channel).stream()
                .map(ChatLine::text).toList().contains("[MC] Steve: anyone on hitbox?"));
        assertThat(hitbox.chatLog(channel)).extracting(ChatLine::name).containsOnly(relay.name());
        awaitExchangesDone();
        assertThat(List.copyOf(context.getRoutes())).hasSize(3); // the route and one route per Kamelet
    }
}
