package io.github.camelchat.simulator;

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
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs an npm peer check: installs a committed {@code package.json} + {@code package-lock.json} with {@code npm ci}
 * into a copy under {@code target/}, starts a node script there and reads its stdout as one JSON object per line
 * (each with an {@code event} field). Every wait is bounded and {@link #close()} kills the process.
 */
public final class NodePeer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final LinkedBlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
    private final List<JsonNode> observed = new ArrayList<>();

    private NodePeer(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(parse(line));
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "node-peer-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether node and npm are on the PATH (tests skip with an assumption otherwise). */
    public static boolean available() {
        return onPath("node") && onPath("npm");
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

    /**
     * Copies the files of {@code source} (not its folders, so no stray node_modules) to {@code work} and runs
     * {@code npm ci --no-audit --no-fund} there, failing the test when it fails or outlasts the timeout.
     */
    public static void npmCi(Path source, Path work, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(work);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, work.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path log = work.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!npm.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            npm.destroyForcibly();
            fail("npm ci did not finish within " + timeout + "; see " + log.toAbsolutePath());
        }
        assertThat(npm.exitValue()).as("npm ci failed: " + Files.readString(log)).isZero();
    }

    /** Starts {@code node script} in {@code work} with these extra environment variables; stderr goes to a log. */
    public static NodePeer start(Path work, String script, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(work.toFile())
                .redirectError(work.resolve(script.replaceAll("\\.js$", "") + ".stderr.log").toFile());
        builder.environment().putAll(environment);
        return new NodePeer(builder.start());
    }

    /**
     * Reads lines until one with this {@code event}, failing after {@code within} or on a line whose event matches
     * {@code giveUpEvents} (a regular expression).
     */
    public JsonNode awaitEvent(String event, Duration within, String giveUpEvents) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                fail("no '" + event + "' from the node peer within " + within + "; saw " + observed());
            }
            synchronized (observed) {
                observed.add(line);
            }
            String name = line.path("event").asText();
            if (event.equals(name)) {
                return line;
            }
            if (name.matches(giveUpEvents)) {
                fail("node peer gave up: " + line + "; saw " + observed());
            }
        }
    }

    /** Waits for the process to exit and returns its exit code; fails if it does not exit in time. */
    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("node peer did not exit within " + within);
        }
        return process.exitValue();
    }

    /** Every line read so far: those awaited, then those not yet awaited (which stay available to await). */
    public List<JsonNode> observed() {
        List<JsonNode> all;
        synchronized (observed) {
            all = new ArrayList<>(observed);
        }
        all.addAll(lines);
        return all;
    }

    /** Saves every line read so far under {@code file} (JSON lines), for a look after a failure. */
    public void save(Path file) throws IOException {
        Files.write(file, observed().stream().map(JsonNode::toString).toList());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return JSON.createObjectNode().put("event", "unparsed").put("line", line);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
