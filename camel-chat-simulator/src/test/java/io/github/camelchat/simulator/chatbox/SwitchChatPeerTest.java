package io.github.camelchat.simulator.chatbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Peer check: the published npm client switchchat 1.4.3 (v1-era, unpaced 350 ms sends without ids) against the
 * simulator. Runs src/test/node/peer-check.js from a copy under target/, installed with npm ci.
 */
@Timeout(300)
class SwitchChatPeerTest {

    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path WORK = Path.of("target/node-peer");
    private static final int SAYS = 12;

    private ChatboxSimulator sim;
    private Process process;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private static boolean onPath(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void npmCi() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "peer-check.js")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = WORK.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!npm.waitFor(240, TimeUnit.SECONDS)) {
            npm.destroyForcibly();
            fail("npm ci did not finish within 240 s; see " + log.toAbsolutePath());
        }
        assertThat(npm.exitValue()).as("npm ci failed: " + Files.readString(log)).isZero();
    }

    @Test
    void switchChatClientAgainstTheSimulator() throws Exception {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"), "node not found: peer check skipped");
        npmCi();

        // A 1 s tick against 350 ms sends fills the queue of 5 within about 3 s of the burst.
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(Duration.ofSeconds(1)));
        License license = sim.addLicense("SimOwner", Capability.values());
        Player alice = sim.player("Alice");
        Player bob = sim.player("Bob");

        ProcessBuilder builder = new ProcessBuilder("node", "peer-check.js").directory(WORK.toFile())
                .redirectError(WORK.resolve("peer-check.stderr.log").toFile());
        builder.environment().put("CHATBOX_PORT", Integer.toString(sim.port()));
        builder.environment().put("CHATBOX_KEY", license.key());
        builder.environment().put("CHATBOX_SAYS", Integer.toString(SAYS));
        builder.environment().put("CHATBOX_TELL_TO", "Alice");
        process = builder.start();
        LinkedBlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
        List<JsonNode> observed = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(TestClient.parse(line));
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "peer-check-stdout");
        reader.setDaemon(true);
        reader.start();

        awaitEvent(lines, observed, "login", Duration.ofSeconds(30));
        sim.join(alice);
        sim.join(bob);
        sim.leave(bob);
        sim.death(alice, bob, "Alice was slain by Bob");
        sim.afk(alice);
        sim.afkReturn(alice);
        JsonNode done = awaitEvent(lines, observed, "done", Duration.ofSeconds(90));
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("node exits after done").isTrue();
        assertThat(process.exitValue()).isZero();
        lines.drainTo(observed);
        Files.write(WORK.resolve("observed.jsonl"), observed.stream().map(JsonNode::toString).toList());

        // The client understood the v2 handshake and the v2 game events it knows.
        JsonNode login = first(observed, "login");
        assertThat(login.path("guest").asBoolean()).isFalse();
        assertThat(login.path("capabilities").toString()).isEqualTo("[\"tell\",\"read\",\"command\",\"say\"]");
        assertThat(done.path("owner").isNull()).as("1.4.3 reads the v1 field licenceOwner").isTrue();
        assertThat(events(observed)).containsSubsequence("players", "login", "join", "players", "join", "players",
                "leave", "players", "death", "afk", "afk_return");
        assertThat(names(observed, "join")).containsExactly("Alice", "Bob");
        assertThat(first(observed, "death").path("player").asText()).isEqualTo("Alice");
        assertThat(first(observed, "death").path("message").asText()).isEqualTo("Alice was slain by Bob");

        // Its tell check right after hello, to a player who cannot be online.
        List<String> sent = sim.received(license);
        assertThat(sent.get(0)).contains("\"type\":\"tell\"").contains("SC_TELL_CHECK_").doesNotContain("\"id\"");
        JsonNode firstError = first(observed, "_error");
        assertThat(firstError.path("error").asText()).isEqualTo("unknown_user");
        List<JsonNode> unknownUser = packets(observed, "error", "unknown_user");
        assertThat(unknownUser).isNotEmpty().allSatisfy(p -> assertThat(p.path("id").asInt()).isEqualTo(-1));

        // Unpaced sends: queued at once, sent on the tick, and rate limited once 5 wait.
        JsonNode counts = done.path("counts");
        int queued = counts.path("queued").asInt();
        int rateLimited = counts.path("rateLimited").asInt();
        assertThat(queued + rateLimited).isEqualTo(SAYS + 1);
        assertThat(rateLimited).isPositive();
        assertThat(counts.path("sent").asInt()).isEqualTo(queued);
        assertThat(packets(observed, "success", null)).allSatisfy(p -> assertThat(p.path("id").asInt()).isEqualTo(-1));
        assertThat(packets(observed, "error", "rate_limited")).hasSize(rateLimited);
        assertThat(sent).hasSize(SAYS + 2);
        assertThat(sent.subList(1, sent.size())).allSatisfy(frame -> assertThat(frame).doesNotContain("\"id\""));
        assertThat(sim.deliveries().stream().filter(d -> d.type().equals("say"))).hasSize(queued - 1);
        assertThat(sim.inbox(alice)).containsExactly("[CB PM] SimOwner: psst from switchchat");
    }

    private static JsonNode awaitEvent(LinkedBlockingQueue<JsonNode> lines, List<JsonNode> observed, String event,
                                       Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                fail("no '" + event + "' from the node client within " + within + "; saw " + events(observed));
            }
            observed.add(line);
            if (event.equals(line.path("event").asText())) {
                return line;
            }
            if (line.path("event").asText().matches("timeout|connect_failed|usage")) {
                fail("node client gave up: " + line + "; saw " + events(observed));
            }
        }
    }

    private static List<String> events(List<JsonNode> observed) {
        return observed.stream().map(n -> n.path("event").asText()).filter(e -> !e.equals("packet")).toList();
    }

    private static JsonNode first(List<JsonNode> observed, String event) {
        return observed.stream().filter(n -> event.equals(n.path("event").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " in " + events(observed)));
    }

    private static List<String> names(List<JsonNode> observed, String event) {
        return observed.stream().filter(n -> event.equals(n.path("event").asText()))
                .map(n -> n.path("name").asText()).toList();
    }

    private static List<JsonNode> packets(List<JsonNode> observed, String type, String error) {
        return observed.stream().filter(n -> "packet".equals(n.path("event").asText()))
                .map(n -> n.path("data"))
                .filter(d -> type.equals(d.path("type").asText()))
                .filter(d -> error == null || error.equals(d.path("error").asText()))
                .toList();
    }
}
