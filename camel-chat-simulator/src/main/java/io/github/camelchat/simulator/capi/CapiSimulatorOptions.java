package io.github.camelchat.simulator.capi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.github.camelchat.simulator.SimulatorCertificate;

/**
 * Settings of a {@link CapiSimulator}. The defaults are the live server's behaviour as the wire notes describe it;
 * the start method copies the options, so one instance can start several simulators.
 */
public final class CapiSimulatorOptions {

    /** The endpoint path of the live service. */
    public static final String PATH = "/v1/rpc/chat";

    private String host = "127.0.0.1";
    private int port;
    private SimulatorCertificate tls;
    private String channel = "Op Lodle";
    private UpdateShape updateShape = UpdateShape.WIRE;
    private boolean sendSuccessStatus;
    private boolean separateFlagUpdates;
    private int rateLimitRequests = 5;
    private Duration rateLimitWindow = Duration.ofSeconds(10);
    private Duration webSocketPingInterval = Duration.ofSeconds(10);
    private Duration pongTimeout = Duration.ofSeconds(25);
    private Duration closeTimeout = Duration.ofSeconds(2);
    private Duration responseDelay = Duration.ZERO;
    private String defaultProgramId = "W3XP";
    private String botProgramId = "CHAT";
    private boolean noOneHearsYou = true;

    public CapiSimulatorOptions() {
    }

    /** The live server's behaviour (wire shape, no status on success). */
    public static CapiSimulatorOptions defaults() {
        return new CapiSimulatorOptions();
    }

    /** Same as {@link #defaults()}: {@code flag} list and {@code attribute} list of key/value pairs. */
    public static CapiSimulatorOptions wireShape() {
        return new CapiSimulatorOptions().updateShape(UpdateShape.WIRE);
    }

    /** The Alpha documents' update shape: {@code flags} list and {@code attributes} object. */
    public static CapiSimulatorOptions specShape() {
        return new CapiSimulatorOptions().updateShape(UpdateShape.SPEC);
    }

    public CapiSimulatorOptions copy() {
        CapiSimulatorOptions c = new CapiSimulatorOptions();
        c.host = host;
        c.port = port;
        c.tls = tls;
        c.channel = channel;
        c.updateShape = updateShape;
        c.sendSuccessStatus = sendSuccessStatus;
        c.separateFlagUpdates = separateFlagUpdates;
        c.rateLimitRequests = rateLimitRequests;
        c.rateLimitWindow = rateLimitWindow;
        c.webSocketPingInterval = webSocketPingInterval;
        c.pongTimeout = pongTimeout;
        c.closeTimeout = closeTimeout;
        c.responseDelay = responseDelay;
        c.defaultProgramId = defaultProgramId;
        c.botProgramId = botProgramId;
        c.noOneHearsYou = noOneHearsYou;
        return c;
    }

    /** Bind address; default 127.0.0.1. */
    public String host() {
        return host;
    }

    public CapiSimulatorOptions host(String value) {
        this.host = Objects.requireNonNull(value);
        return this;
    }

    /** Port; 0 (default) picks a free one. A restart comes back on the same port. */
    public int port() {
        return port;
    }

    public CapiSimulatorOptions port(int value) {
        this.port = value;
        return this;
    }

    /**
     * The certificate the simulator serves {@code wss://} with (the URL it reports says so). Empty (default): plain
     * {@code ws://}.
     */
    public Optional<SimulatorCertificate> tls() {
        return Optional.ofNullable(tls);
    }

    /** Serves TLS with this certificate; {@code null} switches back to plain. */
    public CapiSimulatorOptions tls(SimulatorCertificate certificate) {
        this.tls = certificate;
        return this;
    }

    /**
     * Channel of {@link CapiSimulator#addBot(String)}, and where {@link CapiSimulator#join(ChannelUser)} goes while
     * no bot exists; default "Op Lodle" (the documents' example).
     */
    public String channel() {
        return channel;
    }

    public CapiSimulatorOptions channel(String value) {
        this.channel = Objects.requireNonNull(value);
        return this;
    }

    /** Shape of flags and attributes in user updates; default {@link UpdateShape#WIRE}. */
    public UpdateShape updateShape() {
        return updateShape;
    }

    public CapiSimulatorOptions updateShape(UpdateShape value) {
        this.updateShape = Objects.requireNonNull(value);
        return this;
    }

    /**
     * Whether successful responses carry {@code "status":{"area":0,"code":0}} as the documents show. The live server
     * left {@code status} out on success (default false).
     */
    public boolean sendSuccessStatus() {
        return sendSuccessStatus;
    }

    public CapiSimulatorOptions sendSuccessStatus(boolean value) {
        this.sendSuccessStatus = value;
        return this;
    }

    /**
     * Whether the initial member listing sends each member's flags in a second update ({@code user_id} and flags
     * only) right after the one with name and attributes; default false (one update per member).
     */
    public boolean separateFlagUpdates() {
        return separateFlagUpdates;
    }

    public CapiSimulatorOptions separateFlagUpdates(boolean value) {
        this.separateFlagUpdates = value;
        return this;
    }

    /**
     * Chat requests (message, emote, whisper, kick, ban, unban, set moderator) a bot may make per
     * {@link #rateLimitWindow()} (a sliding window; rejected requests do not count); the next one is answered with
     * 6/8 and has no effect. Default 5 per 10 s; 0 or less switches the limit off. No numbers were ever published.
     */
    public int rateLimitRequests() {
        return rateLimitRequests;
    }

    public Duration rateLimitWindow() {
        return rateLimitWindow;
    }

    public CapiSimulatorOptions rateLimit(int requests, Duration window) {
        this.rateLimitRequests = requests;
        this.rateLimitWindow = positive(window, "rateLimitWindow");
        return this;
    }

    /** Period of the server's WebSocket Ping frames (and of the lost-connection check); default 10 s. */
    public Duration webSocketPingInterval() {
        return webSocketPingInterval;
    }

    public CapiSimulatorOptions webSocketPingInterval(Duration value) {
        this.webSocketPingInterval = positive(value, "webSocketPingInterval");
        return this;
    }

    /** A socket without a Pong for longer than this is dropped at the next check, without a Close frame; 25 s. */
    public Duration pongTimeout() {
        return pongTimeout;
    }

    public CapiSimulatorOptions pongTimeout(Duration value) {
        this.pongTimeout = positive(value, "pongTimeout");
        return this;
    }

    /** How long a server-initiated close waits for the client's Close frame before dropping TCP; default 2 s. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    public CapiSimulatorOptions closeTimeout(Duration value) {
        this.closeTimeout = positive(value, "closeTimeout");
        return this;
    }

    /** Each request is handled (and answered) this long after it arrived, in order; default 0. */
    public Duration responseDelay() {
        return responseDelay;
    }

    public CapiSimulatorOptions responseDelay(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("responseDelay must not be negative");
        }
        this.responseDelay = value;
        return this;
    }

    /** ProgramId of users made by {@link CapiSimulator#user(String)}; default W3XP. */
    public String defaultProgramId() {
        return defaultProgramId;
    }

    public CapiSimulatorOptions defaultProgramId(String value) {
        this.defaultProgramId = Objects.requireNonNull(value);
        return this;
    }

    /** ProgramId in the bot's own update (unknown on the live server; a guess); default CHAT. */
    public String botProgramId() {
        return botProgramId;
    }

    public CapiSimulatorOptions botProgramId(String value) {
        this.botProgramId = Objects.requireNonNull(value);
        return this;
    }

    /**
     * Whether a bot's channel message in a channel without users is followed by the ServerInfo "No one hears you."
     * as on Battle.net; default true.
     */
    public boolean noOneHearsYou() {
        return noOneHearsYou;
    }

    public CapiSimulatorOptions noOneHearsYou(boolean value) {
        this.noOneHearsYou = value;
        return this;
    }

    private static Duration positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
