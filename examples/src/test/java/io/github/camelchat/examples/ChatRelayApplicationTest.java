package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Player;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole demo in-process against the embedded simulator, for a few seconds. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ChatRelayApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void relaysTheScriptToTheJournalAndAnswersCommands() throws Exception {
        Path journal = dir.resolve("journal.jsonl");
        DemoSettings settings = DemoSettings.from(Map.of(
                "demo.duration", "7s",
                "demo.journal", journal.toString(),
                "demo.script-interval", "200ms")::get);
        ChatRelayApplication app = new ChatRelayApplication(settings);

        long started = System.nanoTime();
        int exitCode = app.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(exitCode).isZero();
        assertThat(took).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(45));

        List<JsonNode> events = readJournal(journal);
        Map<String, Long> journalTypes = new TreeMap<>();
        events.forEach(e -> journalTypes.merge(e.path("event").asText(), 1L, Long::sum));
        assertThat(journalTypes).containsKeys("join", "chat_ingame", "chat_discord", "command", "death",
                "world_change", "afk");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("event").asText()).isEqualTo("death");
            assertThat(e.path("source").path("name").asText()).isNotEmpty();
        });

        assertThat(app.stats().eventsByType()).isEqualTo(journalTypes);
        assertThat(app.stats().eventsTotal()).isEqualTo(events.size());
        assertThat(app.stats().errors()).isZero();

        ChatboxSimulator simulator = app.simulator();
        String pinger = firstRunnerOf("ping", events);
        String helpSeeker = firstRunnerOf("help", events);
        assertThat(simulator.inbox(Player.named(pinger))).contains("[CB PM] DemoBot: pong");
        assertThat(simulator.inbox(Player.named(helpSeeker)))
                .anySatisfy(line -> assertThat(line).startsWith("[CB PM] DemoBot: Commands:").contains("ping"));
        long pongs = simulator.deliveries().stream()
                .filter(d -> d.type().equals("tell") && d.text().equals("pong"))
                .count();
        // a pong delivered in the last moment may not have been confirmed before the routes stopped
        assertThat(app.stats().pingsAnswered()).isBetween(1L, pongs);
    }

    private static List<JsonNode> readJournal(Path journal) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(journal)) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("journal line %s", line).isTrue();
            assertThat(node.path("type").asText()).isEqualTo("event");
            events.add(node);
        }
        assertThat(events).hasSizeGreaterThan(10);
        return events;
    }

    private static String firstRunnerOf(String command, List<JsonNode> events) {
        return events.stream()
                .filter(e -> e.path("event").asText().equals("command") && e.path("command").asText().equals(command))
                .map(e -> e.path("user").path("name").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nobody ran \\" + command));
    }
}
