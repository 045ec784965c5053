package io.github.camelchat.simulator.hitbox;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.camelchat.simulator.SimulatorCertificate;

/**
 * Settings of a {@link HitboxSimulator}. The defaults are the live server's behaviour per the wire notes (Socket.IO
 * 0.9 defaults for the timings); the start method copies the options, so one instance can start several simulators.
 */
public final class HitboxSimulatorOptions {

    /** A server-list entry that stands for this simulator's own {@code host:port}. */
    public static final String SELF = "self";

    private String host = "127.0.0.1";
    private int port;
    private SimulatorCertificate tls;
    private List<String> serverList = List.of(SELF);
    private Duration heartbeatInterval = Duration.ofSeconds(25);
    private Duration heartbeatTimeout = Duration.ofSeconds(60);
    private int handshakeHeartbeatTimeout = 60;
    private int handshakeCloseTimeout = 60;
    private String transports = "websocket";
    private Duration handshakeExpiration = Duration.ofSeconds(30);
    private boolean stringArgs = true;
    private int backlogSize = 6;
    private int maxTextLength = 300;
    private boolean truncateLongText = true;
    private boolean answerDuplicates;
    private Duration closeTimeout = Duration.ofSeconds(2);

    public HitboxSimulatorOptions() {
    }

    public static HitboxSimulatorOptions defaults() {
        return new HitboxSimulatorOptions();
    }

    public HitboxSimulatorOptions copy() {
        HitboxSimulatorOptions c = new HitboxSimulatorOptions();
        c.host = host;
        c.port = port;
        c.tls = tls;
        c.serverList = serverList;
        c.heartbeatInterval = heartbeatInterval;
        c.heartbeatTimeout = heartbeatTimeout;
        c.handshakeHeartbeatTimeout = handshakeHeartbeatTimeout;
        c.handshakeCloseTimeout = handshakeCloseTimeout;
        c.transports = transports;
        c.handshakeExpiration = handshakeExpiration;
        c.stringArgs = stringArgs;
        c.backlogSize = backlogSize;
        c.maxTextLength = maxTextLength;
        c.truncateLongText = truncateLongText;
        c.answerDuplicates = answerDuplicates;
        c.closeTimeout = closeTimeout;
        return c;
    }

    /** Bind address, also the host of {@link #SELF} in the server list; default 127.0.0.1. */
    public String host() {
        return host;
    }

    public HitboxSimulatorOptions host(String value) {
        this.host = Objects.requireNonNull(value);
        return this;
    }

    /** Port; 0 (default) picks a free one. A restart comes back on the same port. */
    public int port() {
        return port;
    }

    public HitboxSimulatorOptions port(int value) {
        this.port = value;
        return this;
    }

    /**
     * The certificate the simulator serves TLS with: the server list, the handshake and the WebSocket all go over
     * {@code https://} / {@code wss://} on the one port. The server list still names servers as {@code host:port}
     * (the live list has no scheme), so a client that discovers them must use https for unlisted schemes (the
     * component's {@code serverScheme=https}). Empty (default): plain {@code http://} and {@code ws://}.
     */
    public Optional<SimulatorCertificate> tls() {
        return Optional.ofNullable(tls);
    }

    /** Serves TLS with this certificate; {@code null} switches back to plain. */
    public HitboxSimulatorOptions tls(SimulatorCertificate certificate) {
        this.tls = certificate;
        return this;
    }

    /**
     * The {@code server_ip} entries of the server list, in order ({@code host:port}, or {@link #SELF}); default just
     * {@code SELF}. Put a dead address first to exercise failover.
     */
    public List<String> serverList() {
        return serverList;
    }

    public HitboxSimulatorOptions serverList(List<String> value) {
        this.serverList = checkServerList(value);
        return this;
    }

    public HitboxSimulatorOptions serverList(String... value) {
        return serverList(List.of(value));
    }

    static List<String> checkServerList(List<String> value) {
        return List.copyOf(Objects.requireNonNull(value, "serverList"));
    }

    /** Time from a socket's open (or the last echo) to the next {@code 2::}; default 25 s (Socket.IO 0.9). */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    public HitboxSimulatorOptions heartbeatInterval(Duration value) {
        this.heartbeatInterval = positive(value, "heartbeatInterval");
        return this;
    }

    /** How long the server waits for the echo of a {@code 2::} before it closes the socket; default 60 s. */
    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    public HitboxSimulatorOptions heartbeatTimeout(Duration value) {
        this.heartbeatTimeout = positive(value, "heartbeatTimeout");
        return this;
    }

    /**
     * The heartbeat timeout the handshake announces, in seconds (default 60). The 0.9 client closes a link that is
     * quiet for this long, so it stays in whole seconds even when the server's own timings are in milliseconds.
     */
    public int handshakeHeartbeatTimeout() {
        return handshakeHeartbeatTimeout;
    }

    public HitboxSimulatorOptions handshakeHeartbeatTimeout(int seconds) {
        this.handshakeHeartbeatTimeout = atLeastOne(seconds, "handshakeHeartbeatTimeout");
        return this;
    }

    /** The close timeout the handshake announces, in seconds; default 60. */
    public int handshakeCloseTimeout() {
        return handshakeCloseTimeout;
    }

    public HitboxSimulatorOptions handshakeCloseTimeout(int seconds) {
        this.handshakeCloseTimeout = atLeastOne(seconds, "handshakeCloseTimeout");
        return this;
    }

    /** The transports the handshake lists; default {@code websocket} (the only one the live server offered). */
    public String transports() {
        return transports;
    }

    public HitboxSimulatorOptions transports(String value) {
        this.transports = Objects.requireNonNull(value);
        return this;
    }

    /** How long a handshake's sid stays usable; default 30 s (Socket.IO 0.9's handshake expiration). */
    public Duration handshakeExpiration() {
        return handshakeExpiration;
    }

    public HitboxSimulatorOptions handshakeExpiration(Duration value) {
        this.handshakeExpiration = positive(value, "handshakeExpiration");
        return this;
    }

    /** Whether {@code args[0]} is the message as a JSON string (default true, the live server) or as an object. */
    public boolean stringArgs() {
        return stringArgs;
    }

    public HitboxSimulatorOptions stringArgs(boolean value) {
        this.stringArgs = value;
        return this;
    }

    /** Chat messages replayed to a joining socket; default 6. */
    public int backlogSize() {
        return backlogSize;
    }

    public HitboxSimulatorOptions backlogSize(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("backlogSize < 0");
        }
        this.backlogSize = value;
        return this;
    }

    /** The chat text limit in UTF-16 chars; default 300 (the official docs; older docs said 255). */
    public int maxTextLength() {
        return maxTextLength;
    }

    public HitboxSimulatorOptions maxTextLength(int value) {
        this.maxTextLength = atLeastOne(value, "maxTextLength");
        return this;
    }

    /** Longer text is cut to the limit (default true) or, when false, dropped silently. */
    public boolean truncateLongText() {
        return truncateLongText;
    }

    public HitboxSimulatorOptions truncateLongText(boolean value) {
        this.truncateLongText = value;
        return this;
    }

    /** Whether a repeated message gets an infoMsg; default false: dropped silently, as the live server did. */
    public boolean answerDuplicates() {
        return answerDuplicates;
    }

    public HitboxSimulatorOptions answerDuplicates(boolean value) {
        this.answerDuplicates = value;
        return this;
    }

    /** How long a stop or restart waits for sockets to go before it stops listening; default 2 s. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    public HitboxSimulatorOptions closeTimeout(Duration value) {
        this.closeTimeout = positive(value, "closeTimeout");
        return this;
    }

    private static Duration positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    private static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return value;
    }
}
