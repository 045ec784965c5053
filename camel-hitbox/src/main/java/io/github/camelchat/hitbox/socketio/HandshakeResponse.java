package io.github.camelchat.hitbox.socketio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of a Socket.IO 0.9 handshake ({@code GET <base>/socket.io/1/}):
 * {@code sid:heartbeatTimeout:closeTimeout:transports}, e.g. {@code 7_wKSaZndijMFrJYCziZ:60:60:websocket}.
 * A session id can be used for one connection attempt only, even a failed one.
 *
 * @param sid              the session id, to put in the WebSocket URL ({@link SioUris#websocketUri})
 * @param heartbeatTimeout how long the server waits for the client's heartbeat echo, or {@code null} when heartbeats
 *                         are disabled (empty field); the 0.9 client also uses it as its dead-link timer
 * @param closeTimeout     how long the server keeps a dropped session, or {@code null} (empty field)
 * @param transports       the transports the server accepts, in its order of preference (unmodifiable)
 */
public record HandshakeResponse(String sid, Duration heartbeatTimeout, Duration closeTimeout,
                                List<String> transports) {

    /** The transport the hitbox servers offer (only). */
    public static final String WEBSOCKET = "websocket";

    /** A timeout longer than this (about 31 years) is surely not seconds. */
    private static final int MAX_TIMEOUT_DIGITS = 9;

    /**
     * @throws IllegalArgumentException if the sid is empty or not URL-path safe
     */
    public HandshakeResponse {
        String problem = sidProblem(sid);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        transports = transports == null ? List.of() : List.copyOf(transports);
    }

    /**
     * Parses a handshake body. Surrounding whitespace (a trailing newline) is ignored.
     *
     * @throws SioDecodeException if the body is not {@code sid:heartbeatTimeout:closeTimeout:transports} with
     *                            timeouts in whole seconds (or empty)
     */
    public static HandshakeResponse parse(String body) {
        if (body == null) {
            throw new SioDecodeException("no handshake body (null)", null);
        }
        String text = body.strip();
        if (text.isEmpty()) {
            throw new SioDecodeException("empty handshake body", body);
        }
        if (text.charAt(0) == '{' || text.startsWith("0{") || text.startsWith("<")) {
            throw new SioDecodeException(text.charAt(0) == '<'
                    ? "the handshake answered with HTML, not a Socket.IO 0.9 handshake"
                    : "this is an Engine.IO (Socket.IO 1.x or later) handshake, not Socket.IO 0.9", body);
        }
        String[] fields = text.split(":", -1);
        if (fields.length != 4) {
            throw new SioDecodeException("expected sid:heartbeatTimeout:closeTimeout:transports but found "
                    + fields.length + (fields.length == 1 ? " field" : " fields"), body);
        }
        String sid = fields[0];
        String problem = sidProblem(sid);
        if (problem != null) {
            throw new SioDecodeException(problem, body);
        }
        Duration heartbeat = timeout(fields[1], "heartbeat timeout", body);
        Duration close = timeout(fields[2], "close timeout", body);
        List<String> transports = new ArrayList<>();
        for (String transport : fields[3].split(",")) {
            String t = transport.strip();
            if (!t.isEmpty()) {
                transports.add(t);
            }
        }
        return new HandshakeResponse(sid, heartbeat, close, transports);
    }

    /** Whether the server accepts the given transport (case-insensitive), e.g. {@code supports("websocket")}. */
    public boolean supports(String transport) {
        Objects.requireNonNull(transport, "transport");
        for (String t : transports) {
            if (t.equalsIgnoreCase(transport)) {
                return true;
            }
        }
        return false;
    }

    /** The body in wire form (empty fields for {@code null} timeouts). */
    public String encode() {
        return sid + ':' + seconds(heartbeatTimeout) + ':' + seconds(closeTimeout) + ':' + String.join(",", transports);
    }

    private static String seconds(Duration d) {
        return d == null ? "" : Long.toString(d.getSeconds());
    }

    private static Duration timeout(String field, String what, String body) {
        String f = field.strip();
        if (f.isEmpty()) {
            return null;
        }
        if (!SioPacket.isDigits(f) || f.length() > MAX_TIMEOUT_DIGITS) {
            throw new SioDecodeException("the " + what + " is not a whole number of seconds", body);
        }
        return Duration.ofSeconds(Long.parseLong(f));
    }

    /** Why {@code sid} cannot be a session id, or {@code null} if it can. */
    static String sidProblem(String sid) {
        if (sid == null || sid.isEmpty()) {
            return "the session id is empty";
        }
        for (int i = 0; i < sid.length(); i++) {
            char c = sid.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '/' || c == '?' || c == '#' || c == '%' || c == '\\'
                    || c == ':' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "the session id contains a character that is not allowed in a URL path segment";
            }
        }
        return null;
    }

    /** The session id is a one-time credential of sorts: shown shortened. */
    @Override
    public String toString() {
        String shown = sid.length() <= 6 ? sid : sid.substring(0, 4) + "\u2026";
        return "HandshakeResponse[sid=" + shown + ", heartbeatTimeout=" + heartbeatTimeout + ", closeTimeout="
                + closeTimeout + ", transports=" + transports + "]";
    }
}
