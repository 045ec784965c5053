package io.github.camelchat.chatbox;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import io.github.camelchat.chatbox.model.ChatboxEventType;
import io.github.camelchat.chatbox.model.FormattingMode;
import io.github.camelchat.common.send.WhileDisconnected;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Options of a {@code chatbox:} endpoint. */
@UriParams
public class ChatboxConfiguration {

    public static final String DEFAULT_URL = "wss://chat.reconnected.cc/v2";
    /** The server's text limit in UTF-16 characters (it silently truncates beyond it). */
    public static final int MAX_TEXT_LENGTH = 1024;

    @UriPath(description = "The chatbox name shown in chat for say and tell (the `CamelChatboxName` header overrides"
            + " it per message). It also names the endpoint in logs.")
    @Metadata(required = true)
    private String name;

    @UriParam(label = "security", secret = true,
              description = "The chatbox license key (a UUID, from `/chatbox license register` in game). Required"
                      + " unless `guest=true`. Never logged.")
    private String licenseKey;
    @UriParam(defaultValue = DEFAULT_URL,
              description = "The chatbox v2 WebSocket base URL, without the key. ReconnectedCC: `" + DEFAULT_URL
                      + "`; SwitchCraft: `wss://chat.sc3.io/v2`; a simulator: `ws://127.0.0.1:PORT/v2`.")
    private String url = DEFAULT_URL;
    @UriParam(defaultValue = "false",
              description = "Connect as a guest (`/v2/guest`): read-only, and the server only allows it from in-game"
                      + " addresses.")
    private boolean guest;

    @UriParam(label = "consumer",
              description = "Comma-separated packet kinds to emit: any of `chat_ingame`, `chat_discord`,"
                      + " `chat_chatbox`, `command`, `join`, `leave`, `death`, `world_change`, `afk`, `afk_return`,"
                      + " `server_restart_scheduled`, `server_restart_cancelled`, `hello`, `players`, `closing`. By"
                      + " default all twelve events (and events this version does not know yet), but not `hello`,"
                      + " `players` and `closing`.")
    private String events;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Emit the frame's raw JSON text as the body instead of the typed record (headers are"
                      + " still set). Fast pass-through to Kafka or files.")
    private boolean rawJson;

    @UriParam(label = "producer", defaultValue = "say", enums = "say,tell",
              description = "What a message does: `say` (public chat, needs the `say` capability) or `tell` (a"
                      + " private message to `user`). The `CamelChatboxOperation` header overrides it.")
    private String operation = "say";
    @UriParam(label = "producer",
              description = "The player name or UUID a tell goes to, unless the `CamelChatboxUser` header says"
                      + " otherwise.")
    private String user;
    @UriParam(label = "producer", enums = "markdown,format,minimessage",
              description = "The formatting mode of the text: `markdown`, `format` (&-codes) or `minimessage`"
                      + " (`minimessage` is ReconnectedCC only). Unset means the server default (markdown).")
    private String mode;
    @UriParam(label = "producer", defaultValue = "sent", enums = "sent,queued",
              description = "When the exchange completes: `sent` waits for the server's `message_sent` (the message"
                      + " reached the chat); `queued` completes on `message_queued` (accepted into the server queue).")
    private String confirmOn = "sent";
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest time from accepting a message to the server's confirmation, time spent waiting"
                      + " in the queue or for a reconnect included. The exchange then fails with a timeout.")
    private long sendTimeout = 30_000;
    @UriParam(label = "producer", defaultValue = "100",
              description = "How many messages may wait in the client-side queue; beyond it a send fails at once.")
    private int queueCapacity = 100;
    @UriParam(label = "producer", defaultValue = "500", javaType = "java.time.Duration",
              description = "Least time between two messages written to the server (the license allows one per"
                      + " 500 ms); keeps the server queue from overflowing.")
    private long sendInterval = 500;
    @UriParam(label = "producer", defaultValue = "5",
              description = "Most messages written but not yet confirmed (the server queue holds 5 per license).")
    private int maxPendingOnServer = 5;
    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before resending a message the server answered with `rate_limited` (another"
                      + " client on the same license); doubles per retry, bounded by `sendTimeout`.")
    private long rateLimitRetryDelay = 1000;
    @UriParam(label = "producer", defaultValue = "wait", enums = "wait,failFast",
              description = "What a send does while the connection is down: `wait` (queue it until reconnected,"
                      + " bounded by `queueCapacity` and `sendTimeout`) or `failFast` (fail at once).")
    private String whileDisconnected = "wait";

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "TCP connect and WebSocket upgrade timeout.")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "15000", javaType = "java.time.Duration",
              description = "Time from socket open to the server's `hello` before the attempt is retried.")
    private long handshakeTimeout = 15_000;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first reconnect attempt; grows by `reconnectBackoffMultiplier`.")
    private long reconnectDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Cap on the reconnect delay.")
    private long maxReconnectDelay = 60_000;
    @UriParam(label = "advanced", defaultValue = "2.0",
              description = "Growth factor of the reconnect delay per failed attempt.")
    private double reconnectBackoffMultiplier = 2.0;
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Consecutive failed attempts before giving up (health DOWN, sends fail). 0 = never.")
    private int maxReconnectAttempts;
    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "Delay before reconnecting after the server closed with 4000 (`server_stopping`: a"
                      + " restart).")
    private long restartReconnectDelay = 5000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Interval of WebSocket Pings sent to the server; 0 disables them.")
    private long pingInterval = 30_000;
    @UriParam(label = "advanced", defaultValue = "90000", javaType = "java.time.Duration",
              description = "Reconnect when nothing (no packet, ping or pong) arrived for this long; 0 disables it.")
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

    /** Checks every option; the message names the option at fault. */
    public void validate() {
        require(name != null && !name.isBlank(), "name", "the chatbox name (the endpoint path) must not be empty");
        require(guest || (licenseKey != null && !licenseKey.isBlank()), "licenseKey",
                "is required unless guest=true");
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            require(scheme.equals("ws") || scheme.equals("wss"), "url", "must start with ws:// or wss://, was " + url);
            require(uri.getHost() != null, "url", "has no host: " + url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid option url: " + e.getMessage(), e);
        }
        eventTypes();
        operation();
        modeValue();
        require("sent".equals(confirmOn) || "queued".equals(confirmOn), "confirmOn",
                "must be sent or queued, was " + confirmOn);
        require("wait".equals(whileDisconnected) || "failFast".equals(whileDisconnected), "whileDisconnected",
                "must be wait or failFast, was " + whileDisconnected);
        require(sendTimeout > 0, "sendTimeout", "must be > 0");
        require(queueCapacity > 0, "queueCapacity", "must be > 0");
        require(sendInterval >= 0, "sendInterval", "must be >= 0");
        require(maxPendingOnServer > 0, "maxPendingOnServer", "must be > 0");
        require(rateLimitRetryDelay >= 0, "rateLimitRetryDelay", "must be >= 0");
        require(connectTimeout > 0, "connectTimeout", "must be > 0");
        require(handshakeTimeout > 0, "handshakeTimeout", "must be > 0");
        require(reconnectDelay >= 0, "reconnectDelay", "must be >= 0");
        require(maxReconnectDelay >= reconnectDelay, "maxReconnectDelay", "must be >= reconnectDelay");
        require(reconnectBackoffMultiplier >= 1.0, "reconnectBackoffMultiplier", "must be >= 1");
        require(maxReconnectAttempts >= 0, "maxReconnectAttempts", "must be >= 0");
        require(restartReconnectDelay >= 0, "restartReconnectDelay", "must be >= 0");
        require(pingInterval >= 0, "pingInterval", "must be >= 0");
        require(idleTimeout >= 0, "idleTimeout", "must be >= 0");
        require(maxMessageSize > 0, "maxMessageSize", "must be > 0");
        require((proxyHost == null) == (proxyPort == null), "proxyHost",
                "proxyHost and proxyPort must be set together");
    }

    private static void require(boolean condition, String option, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid option " + option + ": " + message);
        }
    }

    /** The subscribed packet kinds, or {@code null} for "all events". */
    public Set<ChatboxEventType> eventTypes() {
        if (events == null || events.isBlank()) {
            return null;
        }
        try {
            return ChatboxEventType.parseList(events);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid option events: " + e.getMessage(), e);
        }
    }

    ChatboxOperation operation() {
        return ChatboxOperation.fromOption("option operation", operation);
    }

    String modeValue() {
        if (mode == null || mode.isBlank()) {
            return null;
        }
        try {
            return FormattingMode.fromWire(mode).wireName();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid option mode: " + e.getMessage(), e);
        }
    }

    WhileDisconnected whileDisconnectedPolicy() {
        return "failFast".equals(whileDisconnected) ? WhileDisconnected.FAIL_FAST : WhileDisconnected.WAIT;
    }

    /** Never prints the license key. */
    @Override
    public String toString() {
        return "ChatboxConfiguration[name=" + name + ", url=" + url + ", guest=" + guest + ", licenseKey="
                + (licenseKey == null ? "<none>" : "xxxxxx") + "]";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLicenseKey() {
        return licenseKey;
    }

    public void setLicenseKey(String licenseKey) {
        this.licenseKey = licenseKey;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isGuest() {
        return guest;
    }

    public void setGuest(boolean guest) {
        this.guest = guest;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getConfirmOn() {
        return confirmOn;
    }

    public void setConfirmOn(String confirmOn) {
        this.confirmOn = confirmOn;
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

    public long getSendInterval() {
        return sendInterval;
    }

    public void setSendInterval(long sendInterval) {
        this.sendInterval = sendInterval;
    }

    public int getMaxPendingOnServer() {
        return maxPendingOnServer;
    }

    public void setMaxPendingOnServer(int maxPendingOnServer) {
        this.maxPendingOnServer = maxPendingOnServer;
    }

    public long getRateLimitRetryDelay() {
        return rateLimitRetryDelay;
    }

    public void setRateLimitRetryDelay(long rateLimitRetryDelay) {
        this.rateLimitRetryDelay = rateLimitRetryDelay;
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

    public long getRestartReconnectDelay() {
        return restartReconnectDelay;
    }

    public void setRestartReconnectDelay(long restartReconnectDelay) {
        this.restartReconnectDelay = restartReconnectDelay;
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
