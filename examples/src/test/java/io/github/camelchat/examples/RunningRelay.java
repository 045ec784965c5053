package io.github.camelchat.examples;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.ServiceStatus;

/**
 * The relay application running in the background, as {@code main} runs it, until closed: for tests that talk to its
 * simulators while it runs.
 */
final class RunningRelay implements AutoCloseable {

    private final ChatRelayApplication app;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "relay-app"));
    private final Future<Integer> exitCode;

    private RunningRelay(ChatRelayApplication app) {
        this.app = app;
        this.exitCode = thread.submit(app::run);
    }

    /**
     * Starts the app with these settings on top of the test defaults (no scripted life, a long duration, the journal
     * in {@code dir}) and waits until the bot is logged in to all three simulators.
     */
    static RunningRelay start(Path dir, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of(
                "demo.duration", "10m",
                "demo.scripted-life", "false",
                "demo.journal", dir.resolve("journal.jsonl").toString()));
        all.putAll(settings);
        RunningRelay relay = new RunningRelay(new ChatRelayApplication(DemoSettings.from(all::get)));
        try {
            relay.awaitLoggedIn();
        } catch (RuntimeException | AssertionError e) {
            relay.close();
            throw e;
        }
        return relay;
    }

    ChatRelayApplication app() {
        return app;
    }

    EmbeddedSimulators simulators() {
        return app.simulators();
    }

    DemoStats stats() {
        return app.stats();
    }

    /** Sends a body to one of the app's endpoints, as its routes would. */
    void send(String uri, Object body) {
        app.camelContext().createProducerTemplate().sendBody(uri, body);
    }

    int awaitExit(Duration timeout) throws Exception {
        return exitCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Events reach the routes once each bot is in: connected to chatbox, in the CAPI channel, logged in to hitbox. */
    private void awaitLoggedIn() {
        await("the relay's bots logged in").atMost(Duration.ofSeconds(20)).until(() -> {
            if (exitCode.isDone()) {
                throw new IllegalStateException("The relay stopped early with exit code " + exitCode.get());
            }
            return app.camelContext() != null && app.camelContext().getStatus() == ServiceStatus.Started
                    && app.simulators().chatbox().openConnections() > 0
                    && app.stats().eventsBySource().getOrDefault("capi", Map.of()).containsKey("connect")
                    && app.stats().eventsBySource().getOrDefault("hitbox", Map.of()).containsKey("loginMsg");
        });
    }

    /** Stops the app as its duration running out would, and waits for it to finish. */
    @Override
    public void close() {
        try {
            app.stop();
            exitCode.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The relay did not stop cleanly", e);
        } finally {
            thread.shutdownNow();
            app.close();
        }
    }
}
