package io.github.camelchat.examples;

import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulatorOptions;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulator for every game that has no credentials configured, on a free 127.0.0.1 port, with an account for the
 * bot; games with credentials keep their real server. {@link #targets()} says where each game's endpoints point.
 */
public final class EmbeddedSimulators implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("chat.demo");
    static final String CHATBOX_OWNER = "RelayOwner";

    private final ChatboxSimulator chatbox;
    private final CapiSimulator capi;
    private final HitboxSimulator hitbox;
    private final BotAccount capiBot;
    private final GameTargets targets;

    private EmbeddedSimulators(DemoSettings settings) {
        ChatboxTarget chatboxTarget = settings.chatbox();
        CapiTarget capiTarget = settings.capi();
        HitboxTarget hitboxTarget = settings.hitbox();
        ChatboxSimulator startedChatbox = null;
        CapiSimulator startedCapi = null;
        HitboxSimulator startedHitbox = null;
        BotAccount bot = null;
        try {
            if (chatboxTarget.hasCredentials()) {
                LOG.info("chatbox: license key configured, connecting to {}", chatboxTarget.url());
            } else {
                startedChatbox = ChatboxSimulator.start(
                        ChatboxSimulatorOptions.defaults().tick(settings.simulatorTick()));
                License license = startedChatbox.addLicense(CHATBOX_OWNER, Capability.values());
                chatboxTarget = new ChatboxTarget(chatboxTarget.name(), startedChatbox.baseUrl(), license.key());
                LOG.info("chatbox: no license key, embedded simulator on {}", startedChatbox.baseUrl());
            }
            if (capiTarget.hasCredentials()) {
                LOG.info("capi: API key configured, connecting to {}", capiTarget.url());
            } else {
                startedCapi = CapiSimulator.start();
                bot = startedCapi.addBot(DemoSettings.DEFAULT_BOT_NAME);
                capiTarget = new CapiTarget(startedCapi.url(), bot.apiKey());
                LOG.info("capi: no API key, embedded simulator on {} (bot {} in {})", startedCapi.url(),
                        bot.toonName(), bot.channel());
            }
            if (hitboxTarget.hasCredentials()) {
                LOG.info("hitbox: name and token configured, finding servers at {}", hitboxTarget.serversUrl());
            } else {
                startedHitbox = HitboxSimulator.start();
                // a moderator, as relay bots usually are: exempt from slow mode
                Account account = startedHitbox.addAccount(hitboxTarget.name(), Role.USER);
                hitboxTarget = new HitboxTarget(hitboxTarget.channel(), account.name(), account.token(),
                        startedHitbox.serversUrl());
                LOG.info("hitbox: no name and token, embedded simulator on {}", startedHitbox.baseUrl());
            }
        } catch (RuntimeException e) {
            closeQuietly(startedChatbox, startedCapi, startedHitbox);
            throw e;
        }
        this.chatbox = startedChatbox;
        this.capi = startedCapi;
        this.hitbox = startedHitbox;
        this.capiBot = bot;
        this.targets = new GameTargets(chatboxTarget, capiTarget, hitboxTarget);
    }

    /** Starts the simulators the settings need (possibly none). */
    public static EmbeddedSimulators startFor(DemoSettings settings) {
        return new EmbeddedSimulators(settings);
    }

    public GameTargets targets() {
        return targets;
    }

    /** The chatbox simulator, or null when a real server is configured. */
    public ChatboxSimulator chatbox() {
        return chatbox;
    }

    /** The CAPI simulator, or null when a real server is configured. */
    public CapiSimulator capi() {
        return capi;
    }

    /** The bot's account on the CAPI simulator, or null. */
    public BotAccount capiBot() {
        return capiBot;
    }

    /** The hitbox simulator, or null when a real server is configured. */
    public HitboxSimulator hitbox() {
        return hitbox;
    }

    /** Stops every simulator, so that no non-daemon thread keeps the JVM alive; harmless when called again. */
    @Override
    public void close() {
        closeQuietly(chatbox, capi, hitbox);
    }

    private static void closeQuietly(AutoCloseable... simulators) {
        for (AutoCloseable simulator : simulators) {
            if (simulator == null) {
                continue;
            }
            try {
                simulator.close();
            } catch (Exception e) {
                LOG.warn("Could not stop a simulator: {}", e.toString());
            }
        }
    }
}
