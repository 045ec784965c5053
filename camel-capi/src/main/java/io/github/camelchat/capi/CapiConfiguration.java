package io.github.camelchat.capi;

import java.util.Set;

import io.github.camelchat.capi.model.CapiEventType;
import io.github.camelchat.common.camel.SessionConfiguration;
import io.github.camelchat.common.session.Redactor;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of a {@code capi:} endpoint. */
@UriParams
public class CapiConfiguration extends SessionConfiguration {

    public static final String DEFAULT_URL = "wss://connect-bot.classic.blizzard.com/v1/rpc/chat";

    @UriPath(description = "A label for the bot connection, used in logs and metrics.")
    @Metadata(required = true)
    private String name;

    @UriParam(label = "security", secret = true,
              description = "The bot's API key (from Blizzard's bot registration). Required. Never logged.")
    @Metadata(required = true)
    private String apiKey;
    @UriParam(defaultValue = DEFAULT_URL, description = "The CAPI WebSocket endpoint.")
    private String url = DEFAULT_URL;
    @UriParam(label = "advanced", enums = "json",
              description = "WebSocket subprotocol to request. None by default, as most clients did; `json` as"
                      + " websocket-sharp clients did.")
    private String subprotocol;

    @UriParam(label = "consumer",
              description = "Comma-separated events to emit: any of `connect`, `disconnect`, `message`, `userUpdate`,"
                      + " `userLeave`. All by default.")
    private String events;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "Emit the user updates of the member listing the server sends after each connect. Set to"
                      + " `false` so that a greeter does not greet the whole channel on every (re)connect; the roster"
                      + " is kept either way.")
    private boolean includeInitialRoster = true;

    @UriParam(label = "producer", defaultValue = "sendMessage",
              enums = "sendMessage,sendWhisper,sendEmote,banUser,unbanUser,kickUser,setModerator,disconnect",
              description = "What a message does; the `CamelCapiOperation` header overrides it.")
    private String operation = "sendMessage";
    @UriParam(label = "producer",
              description = "Default target toon name for whisper, ban, unban, kick and setModerator (the"
                      + " `CamelCapiTargetToonName` / `CamelCapiTargetUserId` headers override it).")
    private String user;
    @UriParam(label = "producer", defaultValue = "254",
              description = "Longest message in UTF-8 bytes; longer ones are refused before sending (the real server"
                      + " cut at about 254 bytes).")
    private int maxMessageLength = 254;
    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration",
              description = "First delay before retrying a request answered with area 6 (timed out, rate limited);"
                      + " doubles per retry (1, 2, 4, 8 s …) within `sendTimeout`.")
    private long retryDelay = 1000;
    @UriParam(label = "producer", defaultValue = "500", javaType = "java.time.Duration",
              description = "Least time between two requests written to the server.")
    private long sendInterval = 500;
    @UriParam(label = "producer", defaultValue = "1",
              description = "Most requests written and not yet answered.")
    private int maxInFlight = 1;

    /** Checks every option; the message names the option at fault. */
    public void validate() {
        require(name != null && !name.isBlank(), "name", "the bot label (the endpoint path) must not be empty");
        require(apiKey != null && !apiKey.isBlank(), "apiKey", "is required");
        requireWebSocketUrl("url", url);
        require(subprotocol == null || !subprotocol.isBlank(), "subprotocol", "must not be blank");
        eventTypes();
        operationValue();
        require(maxMessageLength > 0, "maxMessageLength", "must be > 0");
        require(retryDelay >= 0, "retryDelay", "must be >= 0");
        require(sendInterval >= 0, "sendInterval", "must be >= 0");
        require(maxInFlight > 0, "maxInFlight", "must be > 0");
        validateSession();
    }

    /** The subscribed events, or {@code null} for all. */
    public Set<CapiEventType> eventTypes() {
        if (events == null || events.isBlank()) {
            return null;
        }
        try {
            return CapiEventType.parseList(events);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid option events: " + e.getMessage(), e);
        }
    }

    CapiOperation operationValue() {
        return CapiOperation.parse("option operation", operation);
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "CapiConfiguration[name=" + name + ", url=" + url + ", apiKey=" + (apiKey == null ? "<none>" : Redactor.MASK)
                + "]";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSubprotocol() {
        return subprotocol;
    }

    public void setSubprotocol(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public boolean isIncludeInitialRoster() {
        return includeInitialRoster;
    }

    public void setIncludeInitialRoster(boolean includeInitialRoster) {
        this.includeInitialRoster = includeInitialRoster;
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

    public int getMaxMessageLength() {
        return maxMessageLength;
    }

    public void setMaxMessageLength(int maxMessageLength) {
        this.maxMessageLength = maxMessageLength;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getSendInterval() {
        return sendInterval;
    }

    public void setSendInterval(long sendInterval) {
        this.sendInterval = sendInterval;
    }

    public int getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }
}
