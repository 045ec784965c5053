package io.github.camelchat.hitbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.camelchat.common.camel.SessionConfiguration;
import io.github.camelchat.common.session.Redactor;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of a {@code hitbox:} endpoint. */
@UriParams
public class HitboxConfiguration extends SessionConfiguration {

    public static final String DEFAULT_SERVERS_URL = "https://api.hitbox.tv/chat/servers";

    @UriPath(description = "The channel to join (one socket per channel; sent in lower case).")
    @Metadata(required = true)
    private String channel;

    @UriParam(description = "The chat name to log in with; without it (and a token) the connection is a guest.")
    private String name;
    @UriParam(label = "security", secret = true,
              description = "The user's auth token. Never logged. Credentials the server does not accept come back"
                      + " as a guest login (the server never sends an error).")
    private String token;
    @UriParam(defaultValue = DEFAULT_SERVERS_URL,
              description = "Where to fetch the chat server list (`[{\"server_ip\": ...}]`); fetched afresh before"
                      + " each round of connection attempts, never cached.")
    private String serversUrl = DEFAULT_SERVERS_URL;
    @UriParam(description = "Comma-separated chat servers (`host[:port]` or `http(s)://host[:port]`) to use instead"
            + " of discovery, tried in order.")
    private String servers;
    @UriParam(defaultValue = "http", enums = "http,https",
              description = "Scheme for servers listed without one; `https` makes the WebSocket `wss`.")
    private String serverScheme = "http";
    @UriParam(description = "Colour of the name in chat (hex, without `#`).")
    private String nameColor;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Ask the server not to send the backlog (the last messages before joining).")
    private boolean hideBuffered;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Ask the server for join and part notices (`notifyMsg`).")
    private boolean notify;
    @UriParam(defaultValue = "false",
              description = "Accept a guest login. By default a login that comes back as `guest` (bad or missing"
                      + " credentials) is a fatal error: no reconnect loop, health DOWN.")
    private boolean allowGuest;
    @UriParam(label = "consumer",
              description = "Comma-separated methods to emit (`chatMsg`, `directMsg`, `loginMsg`, `infoMsg`, …). All"
                      + " by default, including methods this version does not know.")
    private String events;
    @UriParam(label = "producer", defaultValue = "chatMsg",
              enums = "chatMsg,directMsg,getChannelUserList,getChannelUser,mediaLog,kickUser,banUser,unbanUser,makeMod,"
                      + "removeMod,slowMode,motdMsg,partChannel",
              description = "What a message does; the `CamelHitboxOperation` header overrides it.")
    private String operation = "chatMsg";
    @UriParam(label = "producer",
              description = "Default recipient of `directMsg` and target of moderation and `getChannelUser`.")
    private String user;
    @UriParam(label = "producer", defaultValue = "300",
              description = "Longest chat text in characters; longer text is refused before sending.")
    private int maxTextLength = 300;
    @UriParam(label = "producer", defaultValue = "600",
              description = "Seconds a `kickUser` keeps the user out, unless the body is a number.")
    private int kickTimeout = 600;
    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Least time between two messages written to the server (it rate-limits senders).")
    private long sendInterval = 1000;
    @UriParam(defaultValue = "8000", javaType = "java.time.Duration",
              description = "Time from the handshake to `loginMsg` before the next server is tried. For this component"
                      + " it replaces `handshakeTimeout`.")
    private long loginTimeout = 8000;

    /** Checks every option; the message names the option at fault. */
    public void validate() {
        require(channel != null && !channel.isBlank(), "channel", "the channel (the endpoint path) must not be empty");
        require(servers != null || serversUrl != null, "serversUrl", "needs a value unless servers is set");
        if (servers == null) {
            try {
                URI uri = URI.create(serversUrl);
                require(uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null,
                        "serversUrl", "must be an http(s) URL, was " + serversUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid option serversUrl: " + e.getMessage(), e);
            }
        } else {
            require(!serverList().isEmpty(), "servers", "lists no server");
        }
        require("http".equals(serverScheme) || "https".equals(serverScheme), "serverScheme", "must be http or https");
        require(token == null || name != null, "name", "is required with a token");
        eventNames();
        operationValue();
        require(maxTextLength > 0, "maxTextLength", "must be > 0");
        require(kickTimeout > 0, "kickTimeout", "must be > 0");
        require(sendInterval >= 0, "sendInterval", "must be >= 0");
        require(loginTimeout > 0, "loginTimeout", "must be > 0");
        validateSession();
    }

    /** The configured servers, or an empty list. */
    public List<String> serverList() {
        List<String> list = new ArrayList<>();
        if (servers != null) {
            for (String s : servers.split(",")) {
                if (!s.isBlank()) {
                    list.add(s.trim());
                }
            }
        }
        return list;
    }

    /** The subscribed methods, or {@code null} for all. */
    public Set<String> eventNames() {
        if (events == null || events.isBlank()) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        for (String e : events.split(",")) {
            String n = e.trim();
            require(n.isEmpty() || n.matches("[A-Za-z]+"), "events", "'" + n + "' is not a method name");
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return names;
    }

    HitboxOperation operationValue() {
        return HitboxOperation.parse("option operation", operation);
    }

    /** The channel as the server wants it. */
    public String channelName() {
        return channel.toLowerCase(java.util.Locale.ROOT);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "HitboxConfiguration[channel=" + channel + ", name=" + name + ", token="
                + (token == null ? "<none>" : Redactor.MASK) + "]";
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getServersUrl() {
        return serversUrl;
    }

    public void setServersUrl(String serversUrl) {
        this.serversUrl = serversUrl;
    }

    public String getServers() {
        return servers;
    }

    public void setServers(String servers) {
        this.servers = servers;
    }

    public String getServerScheme() {
        return serverScheme;
    }

    public void setServerScheme(String serverScheme) {
        this.serverScheme = serverScheme;
    }

    public String getNameColor() {
        return nameColor;
    }

    public void setNameColor(String nameColor) {
        this.nameColor = nameColor;
    }

    public boolean isHideBuffered() {
        return hideBuffered;
    }

    public void setHideBuffered(boolean hideBuffered) {
        this.hideBuffered = hideBuffered;
    }

    public boolean isNotify() {
        return notify;
    }

    public void setNotify(boolean notify) {
        this.notify = notify;
    }

    public boolean isAllowGuest() {
        return allowGuest;
    }

    public void setAllowGuest(boolean allowGuest) {
        this.allowGuest = allowGuest;
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

    public int getMaxTextLength() {
        return maxTextLength;
    }

    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public int getKickTimeout() {
        return kickTimeout;
    }

    public void setKickTimeout(int kickTimeout) {
        this.kickTimeout = kickTimeout;
    }

    public long getSendInterval() {
        return sendInterval;
    }

    public void setSendInterval(long sendInterval) {
        this.sendInterval = sendInterval;
    }

    public long getLoginTimeout() {
        return loginTimeout;
    }

    public void setLoginTimeout(long loginTimeout) {
        this.loginTimeout = loginTimeout;
    }
}
