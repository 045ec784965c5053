package io.github.camelchat.reliability.rig;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.reliability.Secrets;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulatorOptions;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;

/**
 * chatbox on its simulator: 20 ms delivery tick (one message per tick, as the 500 ms of the real server but faster),
 * a license with every capability, and a player whose chat the consumer receives ({@code events=chat_ingame}, so the
 * bot's own messages coming back as {@code chat_chatbox} are not counted as events).
 */
public final class ChatboxRig extends ChatRig {

    private static final Duration TICK = Duration.ofMillis(20);
    /** A tick that never comes during a test: messages stay in the server's queue, unconfirmed. */
    private static final Duration STOPPED = Duration.ofHours(1);

    private ChatboxSimulator simulator;
    private License license;
    private Player steve;
    private String key;

    @Override
    public String component() {
        return "chatbox";
    }

    @Override
    public ChatboxRig startServer() {
        simulator = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(TICK).tls(tls));
        license = simulator.addLicense("Owner", Capability.values());
        key = Secrets.register(license.key());
        steve = simulator.player("Steve");
        simulator.join(steve);
        return this;
    }

    @Override
    public ChatboxSimulator simulator() {
        return simulator;
    }

    public License license() {
        return license;
    }

    @Override
    public ChatboxRig withWrongCredentials() {
        key = Secrets.register(UUID.randomUUID().toString());
        return this;
    }

    @Override
    protected String baseUri() {
        return "chatbox:Bot?url=" + dialable(simulator.baseUrl()) + "&licenseKey=" + key;
    }

    /** A bot with a license of its own (so a session of its own) at another URL, e.g. a TLS proxy. */
    public String uriAt(String url, String options) {
        String ownKey = Secrets.register(simulator.addLicense("Owner", Capability.values()).key());
        return "chatbox:Bot?url=" + url + "&licenseKey=" + ownKey + "&" + merge(SESSION_OPTIONS, options);
    }

    /** Every say and tell delivered, whatever the license. */
    public List<String> deliveredByAnyLicense() {
        return simulator.deliveries().stream().map(Delivery::rawText).toList();
    }

    @Override
    protected String consumerOptions() {
        // the consumer opens the session, so its pacing and restart delay are the session's
        return "events=chat_ingame&" + producerOptions();
    }

    @Override
    protected String producerOptions() {
        return "sendInterval=20&restartReconnectDelay=200&rateLimitRetryDelay=100";
    }

    @Override
    protected String textHeader() {
        return ChatboxConstants.TEXT;
    }

    @Override
    protected String typeHeader() {
        return ChatboxConstants.EVENT_TYPE;
    }

    @Override
    public void holdInFlight(boolean on) {
        simulator.setTick(on ? STOPPED : TICK);
    }

    @Override
    public boolean inFlight(int count) {
        // the server answered message_queued: the message sits in its queue, waiting for a tick
        return framesReceived().stream().filter(f -> f.contains("\"say\"")).count()
                - simulator.deliveries().stream().filter(d -> d.licenseKey().equals(license.key())).count() >= count;
    }

    @Override
    public void rateLimitStorm(boolean on) {
        simulator.setQueueCapacity(on ? 0 : 5);
    }

    @Override
    public int messageFramesReceived() {
        return (int) framesReceived().stream().filter(f -> f.contains("\"say\"") || f.contains("\"tell\"")).count();
    }

    @Override
    public List<String> delivered() {
        return simulator.deliveries().stream().filter(d -> d.licenseKey().equals(license.key()))
                .map(Delivery::rawText).toList();
    }

    @Override
    public void emitEvent(String text) {
        simulator.chat(steve, text);
    }

    @Override
    public List<String> framesReceived() {
        return simulator.received(license);
    }

    /** Runs one delivery tick now. */
    public void tickNow() {
        simulator.tickNow();
    }
}
