package io.github.camelchat.hitbox.socketio;

/**
 * The packet types of the Socket.IO 0.9 wire protocol ({@code type:id:endpoint:data}), by their one-digit code.
 * The hitbox chat server uses {@link #DISCONNECT}, {@link #CONNECT}, {@link #HEARTBEAT}, {@link #EVENT} and
 * {@link #ERROR}; the others are parsed and encoded all the same.
 */
public enum SioPacketType {

    /** {@code 0} — the sender closes the socket (or leaves the endpoint). */
    DISCONNECT('0'),
    /** {@code 1} — the server accepted the connection (or the endpoint); the client may now talk. */
    CONNECT('1'),
    /** {@code 2} — heartbeat; a client must echo {@code 2::} or the server drops it. */
    HEARTBEAT('2'),
    /** {@code 3} — a plain text message. */
    MESSAGE('3'),
    /** {@code 4} — a JSON message. */
    JSON('4'),
    /** {@code 5} — an event {@code {"name":…,"args":[…]}}; carries every hitbox chat message. */
    EVENT('5'),
    /** {@code 6} — an acknowledgement {@code id[+[args]]} of a packet that asked for one. */
    ACK('6'),
    /** {@code 7} — an error {@code reason[+advice]}, e.g. {@code 7:::1+0} (client not handshaken, reconnect). */
    ERROR('7'),
    /** {@code 8} — no operation (used by the polling transports). */
    NOOP('8');

    private static final SioPacketType[] BY_CODE = values();

    private final char code;

    SioPacketType(char code) {
        this.code = code;
    }

    /** The one-digit wire code. */
    public char code() {
        return code;
    }

    /**
     * The type with the given wire code.
     *
     * @throws IllegalArgumentException if {@code code} is not {@code '0'}–{@code '8'}
     */
    public static SioPacketType ofCode(char code) {
        SioPacketType type = lookup(code);
        if (type == null) {
            throw new IllegalArgumentException("Unknown Socket.IO packet type '" + code + "'");
        }
        return type;
    }

    /** The type with the given wire code, or {@code null}. */
    static SioPacketType lookup(char code) {
        int index = code - '0';
        return index >= 0 && index < BY_CODE.length ? BY_CODE[index] : null;
    }
}
