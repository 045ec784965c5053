package io.github.camelchat.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulatorOptions;
import io.github.camelchat.simulator.chatbox.License;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel Chat demo: relays every chatbox event to the console and a JSON-lines journal, and runs a small bot
 * ({@code \ping}, {@code \help}). Without a license key it embeds the chatbox simulator and fills it with scripted
 * players; with {@code chatbox.license-key} it connects to {@code chatbox.url} instead. Runs for
 * {@code demo.duration} (default 30 s), prints a summary and exits 0.
 */
public final class ChatRelayApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("chat.demo");
    static final String SIMULATED_OWNER = "DemoOwner";

    private final DemoSettings settings;
    private final DemoStats stats = new DemoStats();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile ChatboxSimulator simulator;

    public ChatRelayApplication(DemoSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        int exitCode;
        try (ChatRelayApplication app = new ChatRelayApplication(DemoSettings.load(args))) {
            exitCode = app.run();
        }
        // exit only on failure: under exec:java, System.exit would also end Maven
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Runs for the configured duration; returns Camel Main's exit code (0 when the duration ran out normally). */
    public int run() throws Exception {
        startFreshJournal();
        Main main = newMain(openTarget());
        try {
            main.run();
        } finally {
            finish();
        }
        return main.getExitCode();
    }

    /** The embedded simulator, or null when the demo talks to a real server. */
    public ChatboxSimulator simulator() {
        return simulator;
    }

    public DemoStats stats() {
        return stats;
    }

    public DemoSettings settings() {
        return settings;
    }

    /** The real server when a license key is configured, else a freshly started simulator with an all-powerful bot. */
    ChatboxTarget openTarget() {
        if (settings.realServer()) {
            LOG.info("License key configured: connecting to {}", settings.chatboxUrl());
            return new ChatboxTarget(settings.chatboxName(), settings.chatboxUrl(), settings.licenseKey());
        }
        ChatboxSimulator started = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults()
                .tick(settings.simulatorTick()));
        simulator = started;
        License license = started.addLicense(SIMULATED_OWNER, Capability.values());
        LOG.info("No license key configured: embedded chatbox simulator on {}", started.baseUrl());
        return new ChatboxTarget(settings.chatboxName(), started.baseUrl(), license.key());
    }

    Main newMain(ChatboxTarget target) {
        Main main = new Main();
        main.configure()
                .withName("camel-chat-demo")
                .withDurationMaxSeconds(wholeSeconds(settings.duration()))
                .withShutdownTimeout(10)
                .addRoutesBuilder(new ChatboxDemoRoutes(stats));
        ChatboxSimulator embedded = simulator;
        if (embedded != null) {
            main.configure().addRoutesBuilder(new ScriptedLifeRoutes(
                    new ScriptedPlayers(embedded, settings.seed()), settings.scriptInterval()));
        }
        Properties properties = target.asProperties();
        properties.setProperty(ChatboxDemoRoutes.JOURNAL_DIR, settings.journal().getParent().toString());
        properties.setProperty(ChatboxDemoRoutes.JOURNAL_FILE, settings.journal().getFileName().toString());
        main.setOverrideProperties(properties);
        // Ctrl-C stops Camel from a shutdown hook, where run() may never get to its finally block
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStop(BaseMainSupport stopped) {
                finish();
            }
        });
        return main;
    }

    /** Stops the simulator, so that no non-daemon thread keeps the JVM alive; harmless when called again. */
    @Override
    public void close() {
        ChatboxSimulator embedded = simulator;
        if (embedded != null) {
            embedded.close();
        }
    }

    private void finish() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        close();
        LOG.info("=== Camel Chat demo summary ==={}{}{}journal: {}", System.lineSeparator(), stats.summary(),
                System.lineSeparator(), settings.journal());
    }

    private void startFreshJournal() throws IOException {
        Path journal = settings.journal();
        Files.createDirectories(journal.getParent());
        Files.deleteIfExists(journal);
    }

    private static int wholeSeconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
