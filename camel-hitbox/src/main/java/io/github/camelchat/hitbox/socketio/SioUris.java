package io.github.camelchat.hitbox.socketio;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The URLs of a Socket.IO 0.9 connection. A base is a server address as the hitbox server list gives it
 * ({@code host} or {@code host:port}, taken as {@code http://}) or a URL ({@code http}, {@code https}, {@code ws},
 * {@code wss}) with an optional path prefix and query; its query is kept on both URLs, as the 0.9 client does.
 * <ul>
 *   <li>{@link #handshakeUri}: {@code http(s)://host[:port][/prefix]/socket.io/1/?[query&]t=<millis>}</li>
 *   <li>{@link #websocketUri}: {@code ws(s)://host[:port][/prefix]/socket.io/1/websocket/<sid>[?query]} —
 *       {@code https} maps to {@code wss} (an https sid is refused on plain {@code ws}) and {@code http} to
 *       {@code ws}.</li>
 * </ul>
 */
public final class SioUris {

    /** The path of the 0.9 protocol (resource {@code socket.io}, protocol version 1). */
    public static final String PATH = "/socket.io/1/";

    private SioUris() {
    }

    /** The handshake URL for {@code base}, with the cache-busting {@code t} parameter set to {@code millis}. */
    public static URI handshakeUri(String base, long millis) {
        return handshakeUri(toUri(base), millis);
    }

    /** The handshake URL for {@code base}, with the cache-busting {@code t} parameter set to {@code millis}. */
    public static URI handshakeUri(URI base, long millis) {
        boolean secure = isSecure(base);
        String query = base.getRawQuery();
        return URI.create((secure ? "https" : "http") + "://" + base.getRawAuthority() + prefix(base) + PATH + '?'
                + (query == null || query.isEmpty() ? "" : query + '&') + "t=" + millis);
    }

    /**
     * The WebSocket URL for {@code base} and a session id from the handshake.
     *
     * @throws IllegalArgumentException if the sid is empty or not URL-path safe
     */
    public static URI websocketUri(String base, String sid) {
        return websocketUri(toUri(base), sid);
    }

    /**
     * The WebSocket URL for {@code base} and a session id from the handshake.
     *
     * @throws IllegalArgumentException if the sid is empty or not URL-path safe
     */
    public static URI websocketUri(URI base, String sid) {
        String problem = HandshakeResponse.sidProblem(sid);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        boolean secure = isSecure(base);
        String query = base.getRawQuery();
        return URI.create((secure ? "wss" : "ws") + "://" + base.getRawAuthority() + prefix(base) + PATH
                + "websocket/" + sid + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /**
     * A base URL from a server address or URL: {@code host[:port]} becomes {@code http://host[:port]}.
     *
     * @throws IllegalArgumentException if it is blank or not a valid URL
     */
    public static URI toUri(String base) {
        Objects.requireNonNull(base, "base");
        String b = base.strip();
        if (b.isEmpty()) {
            throw new IllegalArgumentException("The server address is blank");
        }
        if (!b.contains("://")) {
            b = "http://" + b;
        }
        try {
            return new URI(b);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid server address or URL: " + e.getReason(), null);
        }
    }

    private static boolean isSecure(URI base) {
        Objects.requireNonNull(base, "base");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (base.getRawAuthority() == null) {
            throw new IllegalArgumentException("The server URL has no host");
        }
        switch (scheme) {
            case "http":
            case "ws":
                return false;
            case "https":
            case "wss":
                return true;
            default:
                throw new IllegalArgumentException("Unsupported scheme '" + scheme
                        + "' (http, https, ws or wss expected)");
        }
    }

    /** The base path without its trailing slashes ({@code ""} for none). */
    private static String prefix(URI base) {
        String path = base.getRawPath();
        if (path == null) {
            return "";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
