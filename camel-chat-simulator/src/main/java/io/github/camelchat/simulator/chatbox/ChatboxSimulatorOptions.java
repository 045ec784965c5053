package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.camelchat.simulator.SimulatorCertificate;

/**
 * Settings of a {@link ChatboxSimulator}. The defaults are the RCC server's behaviour (with its bugs off); the start
 * method copies the options, so one instance can start several simulators.
 */
public final class ChatboxSimulatorOptions {

    private String host = "127.0.0.1";
    private int port;
    private SimulatorCertificate tls;
    private String guestAllowedAddress = "127.0.0.1";
    private boolean sendClosingPacket;
    private CloseCodeSet closeCodes = CloseCodeSet.RCC;
    private boolean helloFirst;
    private boolean joinerListedTwice = true;
    private int queueCapacity = 5;
    private Duration tick = Duration.ofMillis(500);
    private Duration pingPacketInterval = Duration.ofSeconds(60);
    private Duration webSocketPingInterval = Duration.ofSeconds(60);
    private Duration pongTimeout = Duration.ofSeconds(90);
    private Duration closeTimeout = Duration.ofSeconds(2);
    private int maxTextLength = 1024;
    private int maxNameLength = 64;
    private boolean executeScheduledRestarts;
    private Duration scheduledRestartDowntime = Duration.ofSeconds(5);
    private final EnumSet<Quirk> quirks = EnumSet.noneOf(Quirk.class);

    public ChatboxSimulatorOptions() {
    }

    /** RCC, bugs off. */
    public static ChatboxSimulatorOptions defaults() {
        return new ChatboxSimulatorOptions();
    }

    /** What the SwitchCraft docs describe: hello first, a closing packet before each close, codes 4100/4101. */
    public static ChatboxSimulatorOptions switchCraft() {
        return new ChatboxSimulatorOptions().helloFirst(true).sendClosingPacket(true).closeCodes(CloseCodeSet.SWITCHCRAFT);
    }

    public ChatboxSimulatorOptions copy() {
        ChatboxSimulatorOptions c = new ChatboxSimulatorOptions();
        c.host = host;
        c.port = port;
        c.tls = tls;
        c.guestAllowedAddress = guestAllowedAddress;
        c.sendClosingPacket = sendClosingPacket;
        c.closeCodes = closeCodes;
        c.helloFirst = helloFirst;
        c.joinerListedTwice = joinerListedTwice;
        c.queueCapacity = queueCapacity;
        c.tick = tick;
        c.pingPacketInterval = pingPacketInterval;
        c.webSocketPingInterval = webSocketPingInterval;
        c.pongTimeout = pongTimeout;
        c.closeTimeout = closeTimeout;
        c.maxTextLength = maxTextLength;
        c.maxNameLength = maxNameLength;
        c.executeScheduledRestarts = executeScheduledRestarts;
        c.scheduledRestartDowntime = scheduledRestartDowntime;
        c.quirks.addAll(quirks);
        return c;
    }

    /** Bind address; default 127.0.0.1. */
    public String host() {
        return host;
    }

    public ChatboxSimulatorOptions host(String value) {
        this.host = Objects.requireNonNull(value);
        return this;
    }

    /** Port; 0 (default) picks a free one. A restart comes back on the same port. */
    public int port() {
        return port;
    }

    public ChatboxSimulatorOptions port(int value) {
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
    public ChatboxSimulatorOptions tls(SimulatorCertificate certificate) {
        this.tls = certificate;
        return this;
    }

    /** The only address (or X-Forwarded-For value) allowed to connect as {@code guest}; default 127.0.0.1. */
    public String guestAllowedAddress() {
        return guestAllowedAddress;
    }

    public ChatboxSimulatorOptions guestAllowedAddress(String value) {
        this.guestAllowedAddress = Objects.requireNonNull(value);
        return this;
    }

    /** SwitchCraft style: send a {@code closing} packet before each close frame. RCC never does (default false). */
    public boolean sendClosingPacket() {
        return sendClosingPacket;
    }

    public ChatboxSimulatorOptions sendClosingPacket(boolean value) {
        this.sendClosingPacket = value;
        return this;
    }

    /** Close code numbering; default {@link CloseCodeSet#RCC}. */
    public CloseCodeSet closeCodes() {
        return closeCodes;
    }

    public ChatboxSimulatorOptions closeCodes(CloseCodeSet value) {
        this.closeCodes = Objects.requireNonNull(value);
        return this;
    }

    /** SwitchCraft order: {@code hello} before {@code players}. RCC sends players first (default false). */
    public boolean helloFirst() {
        return helloFirst;
    }

    public ChatboxSimulatorOptions helloFirst(boolean value) {
        this.helloFirst = value;
        return this;
    }

    /**
     * RCC builds the {@code players} packet after a join from the online list plus the joiner, and Fabric has already
     * added the joiner to that list, so the joiner appears twice (default true). False lists every player once.
     */
    public boolean joinerListedTwice() {
        return joinerListedTwice;
    }

    public ChatboxSimulatorOptions joinerListedTwice(boolean value) {
        this.joinerListedTwice = value;
        return this;
    }

    /** Messages a license may have queued; default 5. */
    public int queueCapacity() {
        return queueCapacity;
    }

    public ChatboxSimulatorOptions queueCapacity(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("queueCapacity < 0");
        }
        this.queueCapacity = value;
        return this;
    }

    /** Period of the delivery tick (one message per license per tick); default 500 ms. */
    public Duration tick() {
        return tick;
    }

    public ChatboxSimulatorOptions tick(Duration value) {
        this.tick = positive(value, "tick");
        return this;
    }

    /** Period of the JSON {@code ping} packet; default 60 s. */
    public Duration pingPacketInterval() {
        return pingPacketInterval;
    }

    public ChatboxSimulatorOptions pingPacketInterval(Duration value) {
        this.pingPacketInterval = positive(value, "pingPacketInterval");
        return this;
    }

    /** Period of WebSocket protocol Ping frames (and of the lost-connection check); default 60 s. */
    public Duration webSocketPingInterval() {
        return webSocketPingInterval;
    }

    public ChatboxSimulatorOptions webSocketPingInterval(Duration value) {
        this.webSocketPingInterval = positive(value, "webSocketPingInterval");
        return this;
    }

    /** A socket without a Pong for longer than this is dropped at the next check (1006); default 90 s. */
    public Duration pongTimeout() {
        return pongTimeout;
    }

    public ChatboxSimulatorOptions pongTimeout(Duration value) {
        this.pongTimeout = positive(value, "pongTimeout");
        return this;
    }

    /** How long a server-initiated close waits for the client's Close frame before dropping TCP; default 2 s. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    public ChatboxSimulatorOptions closeTimeout(Duration value) {
        this.closeTimeout = positive(value, "closeTimeout");
        return this;
    }

    /** Text is truncated to this many UTF-16 chars; default 1024. */
    public int maxTextLength() {
        return maxTextLength;
    }

    public ChatboxSimulatorOptions maxTextLength(int value) {
        this.maxTextLength = value;
        return this;
    }

    /** Names are truncated to this many UTF-16 chars; default 64. */
    public int maxNameLength() {
        return maxNameLength;
    }

    public ChatboxSimulatorOptions maxNameLength(int value) {
        this.maxNameLength = value;
        return this;
    }

    /** Whether a scheduled restart really restarts the simulator when it is due; default false. */
    public boolean executeScheduledRestarts() {
        return executeScheduledRestarts;
    }

    public ChatboxSimulatorOptions executeScheduledRestarts(boolean value) {
        this.executeScheduledRestarts = value;
        return this;
    }

    /** Downtime of a restart started by a due scheduled restart; default 5 s. */
    public Duration scheduledRestartDowntime() {
        return scheduledRestartDowntime;
    }

    public ChatboxSimulatorOptions scheduledRestartDowntime(Duration value) {
        this.scheduledRestartDowntime = Objects.requireNonNull(value);
        return this;
    }

    public Set<Quirk> quirks() {
        return EnumSet.copyOf(quirks);
    }

    public boolean has(Quirk quirk) {
        return quirks.contains(quirk);
    }

    /** Switches on RCC bugs; see {@link Quirk}. */
    public ChatboxSimulatorOptions quirks(Quirk... values) {
        quirks.addAll(Set.of(values));
        return this;
    }

    public ChatboxSimulatorOptions quirks(Collection<Quirk> values) {
        quirks.addAll(values);
        return this;
    }

    private static Duration positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
