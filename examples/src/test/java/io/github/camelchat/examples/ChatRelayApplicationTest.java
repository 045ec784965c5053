package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.simulator.chatbox.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole main job, in-process, as the README command runs it: three simulators, scripted life, a bounded run. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChatRelayApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void runsForItsDurationRelaysTheScriptedLifeAndExitsZero() throws Exception {
        Path journal = dir.resolve("journal.jsonl");
        DemoSettings settings = DemoSettings.from(Map.of(
                "demo.duration", "8s",
                "demo.journal", journal.toString(),
                "demo.script-interval", "400ms")::get);
        ChatRelayApplication app = new ChatRelayApplication(settings);

        long started = System.nanoTime();
        int exitCode = app.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(exitCode).isZero();
        // it runs for its whole duration before stopping (the class @Timeout bounds the run)
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(8));

        List<JsonNode> events = readJournal(journal);
        Map<String, Map<String, Long>> journalCounts = new TreeMap<>();
        events.forEach(e -> journalCounts.computeIfAbsent(e.path("source").asText(), s -> new TreeMap<>())
                .merge(e.path("type").asText(), 1L, Long::sum));
        assertThat(journalCounts).containsOnlyKeys("chatbox", "capi", "hitbox");
        assertThat(journalCounts.get("chatbox")).containsKeys("join", "chat_ingame");
        assertThat(journalCounts.get("capi")).containsKeys("connect", "userUpdate", "message");
        assertThat(journalCounts.get("hitbox")).containsKeys("loginMsg", "chatMsg");

        DemoStats stats = app.stats();
        assertThat(stats.eventsBySource()).as("the summary counts what the journal holds").isEqualTo(journalCounts);
        assertThat(stats.eventsTotal()).isEqualTo(events.size());
        assertThat(stats.errors()).isZero();
        assertThat(stats.relayedTo()).containsKeys("chatbox", "capi", "hitbox");
        assertThat(stats.commandsAnsweredTotal()).isPositive();

        // the hitbox backlog (said before the bot came) is journaled, never relayed
        assertThat(events).anySatisfy(e -> assertThat(e.path("event").path("buffer").asBoolean()).isTrue());
        List<String> saidInMinecraft = app.simulators().chatbox().deliveries().stream()
                .filter(d -> "say".equals(d.type())).map(Delivery::rawText).toList();
        assertThat(saidInMinecraft).isNotEmpty().allMatch(Game::isTagged)
                .noneMatch(line -> ScriptedViewers.BACKLOG.stream().anyMatch(line::contains));
        assertThat(stats.relayedTo("chatbox")).isEqualTo(saidInMinecraft.size());
    }

    private static List<JsonNode> readJournal(Path journal) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("journal line %s", line).isTrue();
            assertThat(node.path("source").asText()).isIn("chatbox", "capi", "hitbox");
            assertThat(node.path("event").isObject()).as("journal line %s", line).isTrue();
            events.add(node);
        }
        assertThat(events).hasSizeGreaterThan(15);
        return events;
    }
}
