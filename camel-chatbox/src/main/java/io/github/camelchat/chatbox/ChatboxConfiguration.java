package io.github.camelchat.chatbox;

import java.util.Set;

import io.github.camelchat.chatbox.model.ChatboxEventType;
import io.github.camelchat.chatbox.model.FormattingMode;
import io.github.camelchat.common.camel.SessionConfiguration;
import io.github.camelchat.common.session.Redactor;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of a {@code chatbox:} endpoint. */
@UriParams
public class ChatboxConfiguration extends SessionConfiguration {

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

    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "Delay before reconnecting after the server closed with 4000 (`server_stopping`: a"
                      + " restart).")
    private long restartReconnectDelay = 5000;

    /** Checks every option; the message names the option at fault. */
    public void validate() {
        require(name != null && !name.isBlank(), "name", "the chatbox name (the endpoint path) must not be empty");
        require(guest || (licenseKey != null && !licenseKey.isBlank()), "licenseKey",
                "is required unless guest=true");
        requireWebSocketUrl("url", url);
        eventTypes();
        operation();
        modeValue();
        require("sent".equals(confirmOn) || "queued".equals(confirmOn), "confirmOn",
                "must be sent or queued, was " + confirmOn);
        require(sendInterval >= 0, "sendInterval", "must be >= 0");
        require(maxPendingOnServer > 0, "maxPendingOnServer", "must be > 0");
        require(rateLimitRetryDelay >= 0, "rateLimitRetryDelay", "must be >= 0");
        validateSession();
        require(restartReconnectDelay >= 0, "restartReconnectDelay", "must be >= 0");
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

    /** Never prints the license key. */
    @Override
    public String toString() {
        return "ChatboxConfiguration[name=" + name + ", url=" + url + ", guest=" + guest + ", licenseKey="
                + (licenseKey == null ? "<none>" : Redactor.MASK) + "]";
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

    public long getRestartReconnectDelay() {
        return restartReconnectDelay;
    }

    public void setRestartReconnectDelay(long restartReconnectDelay) {
        this.restartReconnectDelay = restartReconnectDelay;
    }

}
