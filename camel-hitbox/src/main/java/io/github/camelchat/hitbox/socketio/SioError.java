package io.github.camelchat.hitbox.socketio;

/**
 * The data of a Socket.IO 0.9 error packet, {@code reason[+advice]}. Hitbox sends {@code 7:::1+0} ("client not
 * handshaken", "reconnect") for a bad or reused session id, then closes the socket.
 *
 * @param reason the reason code ({@code "0"} transport not supported, {@code "1"} client not handshaken,
 *               {@code "2"} unauthorized), possibly empty; never {@code null}
 * @param advice the advice code ({@code "0"} reconnect), or {@code null} if none was given
 */
public record SioError(String reason, String advice) {

    /** Reason code: the transport is not supported. */
    public static final String TRANSPORT_NOT_SUPPORTED = "0";
    /** Reason code: the session id is unknown or used up (handshake again). */
    public static final String CLIENT_NOT_HANDSHAKEN = "1";
    /** Reason code: the handshake was refused. */
    public static final String UNAUTHORIZED = "2";
    /** Advice code: reconnect. */
    public static final String RECONNECT = "0";

    public SioError {
        reason = reason == null ? "" : reason;
        if (reason.indexOf('+') >= 0) {
            throw new IllegalArgumentException("An error reason cannot contain '+'");
        }
        if (advice != null && advice.isEmpty()) {
            advice = null;
        }
    }

    /** Parses {@code reason[+advice]}. */
    public static SioError parse(String data) {
        if (data == null) {
            return new SioError("", null);
        }
        int plus = data.indexOf('+');
        return plus < 0 ? new SioError(data, null) : new SioError(data.substring(0, plus), data.substring(plus + 1));
    }

    /** {@code reason[+advice]} */
    public String encode() {
        return advice == null ? reason : reason + '+' + advice;
    }

    /** What the reason code means, in words (the code itself if unknown). */
    public String reasonText() {
        switch (reason) {
            case TRANSPORT_NOT_SUPPORTED: return "transport not supported";
            case CLIENT_NOT_HANDSHAKEN: return "client not handshaken";
            case UNAUTHORIZED: return "unauthorized";
            default: return reason.isEmpty() ? "unspecified" : "reason " + reason;
        }
    }

    /** Whether the server advises to reconnect (advice {@code 0}). */
    public boolean reconnectAdvised() {
        return RECONNECT.equals(advice);
    }

    /** Whether the server no longer knows the session id: the client must handshake again for a new one. */
    public boolean notHandshaken() {
        return CLIENT_NOT_HANDSHAKEN.equals(reason);
    }
}
