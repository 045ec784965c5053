package io.github.camelchat.reliability.rig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import io.github.camelchat.hitbox.HitboxConstants;
import io.github.camelchat.reliability.FaultProxy;
import io.github.camelchat.reliability.Secrets;
import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.ChatLine;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.HitboxSimulatorOptions;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.Exchange;

/**
 * hitbox on its simulator (heartbeats every 300 ms, a 3 s heartbeat timeout advertised in the handshake), reached
 * through a {@link FaultProxy} ({@code servers=127.0.0.1:<proxy>}) so that requests and replies can be held; with
 * {@link #discovery()} it uses the simulator's server list instead, and with {@link #tls} it reaches the simulator
 * directly over https and wss (no proxy, so nothing can be held). The bot is a registered user; Carol, an anonymous
 * viewer, chats in the channel. The bot's own messages come back as {@code chatMsg} (its only confirmation) and are
 * not counted as events; {@code hideBuffered=true} keeps the backlog of earlier messages from being replayed after
 * a reconnect.
 */
public final class HitboxRig extends ChatRig {

    public static final String CHANNEL = "reliability";

    private HitboxSimulator simulator;
    private FaultProxy proxy;
    private Account account;
    private Viewer carol;
    private String token;
    private boolean discovery;

    @Override
    public String component() {
        return "hitbox";
    }

    @Override
    public HitboxRig startServer() {
        simulator = HitboxSimulator.start(HitboxSimulatorOptions.defaults()
                .heartbeatInterval(Duration.ofMillis(300)).handshakeHeartbeatTimeout(3).tls(tls));
        account = simulator.addAccount("Bot", Role.USER);
        token = Secrets.register(account.token());
        carol = simulator.viewer("Carol", Role.ANON);
        if (tls != null) {
            // the proxy relays bytes it can read; TLS ones it could not hold by frame, so the bot connects directly
            return this;
        }
        try {
            proxy = FaultProxy.plain(simulator.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Connects through the simulator's server list (discovery) instead of the proxy. */
    public HitboxRig discovery() {
        discovery = true;
        return this;
    }

    @Override
    public HitboxSimulator simulator() {
        return simulator;
    }

    public FaultProxy proxy() {
        return proxy;
    }

    @Override
    public HitboxRig withWrongCredentials() {
        token = Secrets.register("wrong" + Long.toHexString(System.nanoTime()) + "token");
        return this;
    }

    @Override
    protected String baseUri() {
        return "hitbox:" + CHANNEL + "?name=Bot&token=" + token + servers();
    }

    /**
     * Where the bot finds its server: the proxy, the simulator's server list (discovery), or with TLS the simulator
     * itself over https. The list names {@code host:port} without a scheme, as the live one did, so with TLS a
     * discovering bot says {@code serverScheme=https}.
     */
    private String servers() {
        if (discovery) {
            return "&serversUrl=RAW(" + dialable(simulator.serversUrl()) + ")" + (tls == null ? "" : "&serverScheme=https");
        }
        return tls == null ? "&servers=127.0.0.1:" + proxy.port() : "&servers=" + dialable(simulator.baseUrl());
    }

    @Override
    protected String consumerOptions() {
        return "events=chatMsg&hideBuffered=true&" + producerOptions();
    }

    @Override
    protected String producerOptions() {
        return "sendInterval=10&loginTimeout=3000";
    }

    @Override
    protected String textHeader() {
        return HitboxConstants.TEXT;
    }

    @Override
    protected String typeHeader() {
        return HitboxConstants.METHOD;
    }

    @Override
    protected boolean ownEcho(Exchange exchange) {
        return "Bot".equalsIgnoreCase(exchange.getMessage().getHeader(HitboxConstants.SENDER_NAME, String.class));
    }

    @Override
    public void keepaliveFault(boolean on) {
        simulator.setHeartbeats(!on);
        super.keepaliveFault(on);
    }

    @Override
    public void holdInFlight(boolean on) {
        proxy.holdUpstream(on);
    }

    @Override
    public boolean inFlight(int count) {
        return proxy.heldUpstream("chatMsg") >= count;
    }

    @Override
    public boolean hasRateLimit() {
        return false;
    }

    @Override
    public void rateLimitStorm(boolean on) {
        throw new UnsupportedOperationException("hitbox has no retryable rate-limit answer");
    }

    @Override
    public int messageFramesReceived() {
        return (int) framesReceived().stream().filter(f -> f.contains("\"chatMsg\"")).count();
    }

    @Override
    public List<String> delivered() {
        return simulator.chatLog(CHANNEL).stream().filter(l -> "Bot".equalsIgnoreCase(l.name()))
                .map(ChatLine::text).toList();
    }

    @Override
    public void emitEvent(String text) {
        simulator.chat(carol, CHANNEL, text);
    }

    @Override
    public int serverConnectionAttempts() {
        return simulator.handshakes();
    }

    @Override
    public List<String> framesReceived() {
        return simulator.received(CHANNEL);
    }

    @Override
    protected void stopServer() {
        if (proxy != null) {
            proxy.close();
        }
        super.stopServer();
    }
}
