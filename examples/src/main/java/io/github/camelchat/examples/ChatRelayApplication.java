package io.github.camelchat.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel Chat relay: Minecraft (chatbox), Battle.net (capi) and hitbox chat relayed to each other, tagged with
 * their origin, with a small bot in each ({@code \ping}, {@code !ping}, whispers), every event in a JSON-lines
 * journal and a live transcript on the console, and optionally to Discord. Each game without credentials runs on an
 * embedded simulator filled with scripted life. Runs for {@code demo.duration} (default 30 s), prints a summary and
 * exits 0.
 */
public final class ChatRelayApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("chat.demo");
    /** How long before the end the scripts fall silent, at most, so that queued relays get out. */
    private static final Duration QUIET_END = Duration.ofSeconds(4);

    private final DemoSettings settings;
    private final DemoStats stats = new DemoStats();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile EmbeddedSimulators simulators;
    private volatile Main main;

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

    /** Runs for the configured duration, or until {@link #stop()}; returns Camel Main's exit code, 0 if all is well. */
    public int run() throws Exception {
        startFreshJournal();
        Main started = newMain(openTargets());
        main = started;
        try {
            started.run();
        } finally {
            finish();
        }
        return started.getExitCode();
    }

    /** Ends a running {@link #run()} early, summary included, as the duration running out would. */
    public void stop() {
        Main running = main;
        if (running != null) {
            running.completed();
        }
    }

    /** The running Camel context, or null before {@link #run()} has set it up. */
    public CamelContext camelContext() {
        Main running = main;
        return running == null ? null : running.getCamelContext();
    }

    /** The embedded simulators (some or all may be null), or null before {@link #run()}. */
    public EmbeddedSimulators simulators() {
        return simulators;
    }

    public DemoStats stats() {
        return stats;
    }

    public DemoSettings settings() {
        return settings;
    }

    /** Starts a simulator for each game without credentials; says where each game's endpoints point. */
    GameTargets openTargets() {
        EmbeddedSimulators started = EmbeddedSimulators.startFor(settings);
        simulators = started;
        return started.targets();
    }

    Main newMain(GameTargets targets) {
        Main configured = new Main();
        MainConfigurationProperties configuration = configured.configure()
                .withName("camel-chat-relay")
                .withDurationMaxSeconds(wholeSeconds(settings.duration()))
                .withShutdownTimeout(10);
        configuration.addRoutesBuilder(new RelayErrorHandling(stats));
        configuration.addRoutesBuilder(new JournalRoutes(stats));
        configuration.addRoutesBuilder(new RelayRoutes(settings.discordWebhookUrl() != null));
        configuration.addRoutesBuilder(new ChatboxRoutes(stats, targets.chatbox().name()));
        configuration.addRoutesBuilder(new CapiRoutes(stats));
        configuration.addRoutesBuilder(new HitboxRoutes(stats, targets.hitbox().name()));
        if (settings.discordWebhookUrl() != null) {
            configuration.addRoutesBuilder(new DiscordWebhookRoutes(stats));
        }
        ScriptedLife life = scriptedLife(targets);
        if (!life.isEmpty()) {
            Duration quiet = min(QUIET_END, settings.duration().dividedBy(4));
            configuration.addRoutesBuilder(
                    new ScriptedLifeRoutes(life, settings.scriptInterval(), settings.duration().minus(quiet)));
        }
        configured.setOverrideProperties(placeholders(targets));
        // Ctrl-C stops Camel from a shutdown hook, where run() may never get to its finally block
        configured.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStop(BaseMainSupport stopped) {
                finish();
            }
        });
        return configured;
    }

    private ScriptedLife scriptedLife(GameTargets targets) {
        List<Script> scripts = new ArrayList<>();
        EmbeddedSimulators embedded = simulators;
        if (settings.scriptedLife() && embedded != null) {
            if (embedded.chatbox() != null) {
                scripts.add(new ScriptedPlayers(embedded.chatbox(), settings.seed()));
            }
            if (embedded.capi() != null) {
                scripts.add(new ScriptedBattleNetUsers(embedded.capi(), settings.seed()));
            }
            if (embedded.hitbox() != null) {
                scripts.add(new ScriptedViewers(embedded.hitbox(), targets.hitbox().channel(), settings.seed()));
            }
        }
        return new ScriptedLife(scripts);
    }

    private Properties placeholders(GameTargets targets) {
        Properties properties = targets.asProperties();
        properties.setProperty(JournalRoutes.DIR, settings.journal().getParent().toString());
        properties.setProperty(JournalRoutes.FILE, settings.journal().getFileName().toString());
        properties.setProperty(DemoSettings.CAPI_SEND_INTERVAL, Long.toString(settings.capiSendInterval().toMillis()));
        if (settings.discordWebhookUrl() != null) {
            properties.setProperty(DemoSettings.DISCORD_WEBHOOK_URL, settings.discordWebhookUrl());
        }
        return properties;
    }

    /** Stops the simulators, so that no non-daemon thread keeps the JVM alive; harmless when called again. */
    @Override
    public void close() {
        EmbeddedSimulators embedded = simulators;
        if (embedded != null) {
            embedded.close();
        }
    }

    private void finish() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        close();
        LOG.info("=== Camel Chat relay summary ==={}{}{}journal: {}", System.lineSeparator(), stats.summary(),
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
