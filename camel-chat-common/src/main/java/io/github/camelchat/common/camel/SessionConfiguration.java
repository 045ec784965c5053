package io.github.camelchat.common.camel;

import java.net.InetSocketAddress;
import java.time.Duration;

import io.github.camelchat.common.send.SendPolicy;
import io.github.camelchat.common.send.WhileDisconnected;
import io.github.camelchat.common.session.KeepalivePolicy;
import io.github.camelchat.common.session.ReconnectPolicy;
import io.github.camelchat.common.session.SessionSettings;
import io.github.camelchat.common.transport.TransportOptions;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options every chat component shares: connection, reconnect, keepalive, the outbound queue and TLS. A component's
 * configuration extends it with its protocol's options; the Camel tooling documents both in the component's JSON.
 */
@UriParams
public abstract class SessionConfiguration {

    /** Jitter applied to every reconnect delay, so clients dropped together do not return together. */
    private static final double RECONNECT_JITTER = 0.2;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Emit the frame's raw JSON text as the body instead of the typed record (headers are"
                      + " still set). Fast pass-through to Kafka or files.")
    private boolean rawJson;

    @UriParam(label = "consumer,advanced", defaultValue = "1000",
              description = "How many events may still be in routing while the socket reads on; beyond it reading"
                      + " pauses (back-pressure on the server). Keep it above `queueCapacity`: a route that replies on"
                      + " the same connection needs later frames (the confirmations) to be read.")
    private int maxPendingEvents = SessionSettings.DEFAULT_MAX_PENDING_EVENTS;

    @UriParam(label = "health", defaultValue = "1",
              description = "Failed reconnect attempts in a row a session that was ready may make while its health"
                      + " checks still report UP, so that a short blip is not an outage. 1 reports DOWN from the first"
                      + " lost connection. A fatal failure is always DOWN.")
    private int healthFailureThreshold = 1;

    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest time from accepting a message to the server's confirmation, time spent waiting"
                      + " in the queue, for a reconnect or for retries included. The exchange then fails with a"
                      + " timeout.")
    private long sendTimeout = 30_000;
    @UriParam(label = "producer", defaultValue = "100",
              description = "How many messages may wait in the client-side queue; beyond it a send fails at once.")
    private int queueCapacity = 100;
    @UriParam(label = "producer", defaultValue = "wait", enums = "wait,failFast",
              description = "What a send does while the connection is down: `wait` (queue it until reconnected,"
                      + " bounded by `queueCapacity` and `sendTimeout`) or `failFast` (fail at once).")
    private String whileDisconnected = "wait";

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "TCP connect and WebSocket upgrade timeout.")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "15000", javaType = "java.time.Duration",
              description = "Time from socket open to the end of the login handshake before the attempt is retried.")
    private long handshakeTimeout = 15_000;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first reconnect attempt; grows by `reconnectBackoffMultiplier`, with"
                      + " ±20% jitter.")
    private long reconnectDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Cap on the reconnect delay.")
    private long maxReconnectDelay = 60_000;
    @UriParam(label = "advanced", defaultValue = "2.0",
              description = "Growth factor of the reconnect delay per failed attempt.")
    private double reconnectBackoffMultiplier = 2.0;
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Reconnect attempts after a lost connection before giving up (health DOWN, sends fail)."
                      + " 0 = never give up.")
    private int maxReconnectAttempts;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Interval of WebSocket Pings sent to the server; 0 disables them.")
    private long pingInterval = 30_000;
    @UriParam(label = "advanced", defaultValue = "90000", javaType = "java.time.Duration",
              description = "Reconnect when nothing (no frame, ping or pong) arrived for this long; 0 disables it.")
    private long idleTimeout = 90_000;
    @UriParam(label = "advanced", defaultValue = "1048576",
              description = "Largest inbound message in characters; a bigger one drops the connection, which is"
                      + " then re-established.")
    private int maxMessageSize = 1024 * 1024;
    @UriParam(label = "proxy", description = "HTTP proxy host (CONNECT tunnel).")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private Integer proxyPort;
    @UriParam(label = "security",
              description = "TLS settings for `wss://` (trust store, key store). Hostname verification stays on.")
    private SSLContextParameters sslContextParameters;

    /** Checks the shared options; the message names the option at fault. */
    protected void validateSession() {
        require("wait".equals(whileDisconnected) || "failFast".equals(whileDisconnected), "whileDisconnected",
                "must be wait or failFast, was " + whileDisconnected);
        require(sendTimeout > 0, "sendTimeout", "must be > 0");
        require(queueCapacity > 0, "queueCapacity", "must be > 0");
        require(connectTimeout > 0, "connectTimeout", "must be > 0");
        require(handshakeTimeout > 0, "handshakeTimeout", "must be > 0");
        require(reconnectDelay >= 0, "reconnectDelay", "must be >= 0");
        require(maxReconnectDelay >= reconnectDelay, "maxReconnectDelay", "must be >= reconnectDelay");
        require(reconnectBackoffMultiplier >= 1.0, "reconnectBackoffMultiplier", "must be >= 1");
        require(maxReconnectAttempts >= 0, "maxReconnectAttempts", "must be >= 0");
        require(pingInterval >= 0, "pingInterval", "must be >= 0");
        require(idleTimeout >= 0, "idleTimeout", "must be >= 0");
        require(maxMessageSize > 0, "maxMessageSize", "must be > 0");
        require(maxPendingEvents > 0, "maxPendingEvents", "must be > 0");
        require(healthFailureThreshold > 0, "healthFailureThreshold", "must be > 0");
        require((proxyHost == null) == (proxyPort == null), "proxyHost", "proxyHost and proxyPort must be set together");
    }

    /** Checks that {@code url} is a {@code ws://} or {@code wss://} URL with a host. */
    protected static void requireWebSocketUrl(String option, String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            require(scheme.equals("ws") || scheme.equals("wss"), option, "must start with ws:// or wss://, was " + url);
            require(uri.getHost() != null, option, "has no host: " + url);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Invalid option")) {
                throw e;
            }
            throw new IllegalArgumentException("Invalid option " + option + ": " + e.getMessage(), e);
        }
    }

    protected static void require(boolean condition, String option, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid option " + option + ": " + message);
        }
    }

    /**
     * The session settings from these options and the protocol's pacing.
     *
     * @param minIntervalMillis least time between two writes
     * @param maxInFlight       most messages written and not yet acknowledged
     * @param retryDelayMillis  first delay before resending a message the server asked to retry
     * @param resendInFlight    whether unacknowledged messages may be written again after a reconnect
     */
    public SessionSettings sessionSettings(long minIntervalMillis, int maxInFlight, long retryDelayMillis,
            boolean resendInFlight) {
        return new SessionSettings(handshakeTimeout,
                new ReconnectPolicy(reconnectDelay, maxReconnectDelay, reconnectBackoffMultiplier, RECONNECT_JITTER,
                        maxReconnectAttempts),
                new KeepalivePolicy(pingInterval, idleTimeout),
                new SendPolicy(queueCapacity, minIntervalMillis, maxInFlight, sendTimeout, retryDelayMillis,
                        whileDisconnectedPolicy(), resendInFlight),
                maxPendingEvents);
    }

    /** The transport options (TLS context, proxy, timeouts) from these options; the TLS context from {@code resources}. */
    public TransportOptions transportOptions(SessionResources resources) {
        return new TransportOptions(resources.sslContext(sslContextParameters),
                proxyHost == null ? null : new InetSocketAddress(proxyHost, proxyPort),
                Duration.ofMillis(connectTimeout), null, maxMessageSize);
    }

    public WhileDisconnected whileDisconnectedPolicy() {
        return "failFast".equals(whileDisconnected) ? WhileDisconnected.FAIL_FAST : WhileDisconnected.WAIT;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public int getHealthFailureThreshold() {
        return healthFailureThreshold;
    }

    public void setHealthFailureThreshold(int healthFailureThreshold) {
        this.healthFailureThreshold = healthFailureThreshold;
    }

    public int getMaxPendingEvents() {
        return maxPendingEvents;
    }

    public void setMaxPendingEvents(int maxPendingEvents) {
        this.maxPendingEvents = maxPendingEvents;
    }

    public long getSendTimeout() {
        return sendTimeout;
    }

    public void setSendTimeout(long sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    public int getQueueCapacity() {
        return queueCapacity;
    }

    public void setQueueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
    }

    public String getWhileDisconnected() {
        return whileDisconnected;
    }

    public void setWhileDisconnected(String whileDisconnected) {
        this.whileDisconnected = whileDisconnected;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getHandshakeTimeout() {
        return handshakeTimeout;
    }

    public void setHandshakeTimeout(long handshakeTimeout) {
        this.handshakeTimeout = handshakeTimeout;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    public void setMaxReconnectDelay(long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public double getReconnectBackoffMultiplier() {
        return reconnectBackoffMultiplier;
    }

    public void setReconnectBackoffMultiplier(double reconnectBackoffMultiplier) {
        this.reconnectBackoffMultiplier = reconnectBackoffMultiplier;
    }

    public int getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    public void setMaxReconnectAttempts(int maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    public long getPingInterval() {
        return pingInterval;
    }

    public void setPingInterval(long pingInterval) {
        this.pingInterval = pingInterval;
    }

    public long getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(long idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public int getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
