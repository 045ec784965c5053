package io.github.camelchat.hitbox.socketio;

import java.util.Objects;

/**
 * One Socket.IO 0.9 packet, {@code type:[id[+]]:[endpoint][:data]}.
 * <p>
 * Parsing follows the 0.9 reference parser ({@code ([^:]+):([0-9]+)?(\+)?:([^:]+)?:?([\s\S]*)?}, anchored): the
 * endpoint runs up to the third colon, and everything after it is the data, colons and newlines included. Encoding
 * follows the reference encoder: the third colon is written only when there is data, so {@code 2::} and
 * {@code 5:::{…}} come out as the server sends them.
 *
 * @param type        the packet type
 * @param id          the message id (digits) of a packet that wants an acknowledgement, or {@code null}
 * @param ackWithData whether the acknowledgement should carry data (the {@code id+} form); only with an id
 * @param endpoint    the endpoint (namespace), {@code ""} for the default one; never {@code null}, never contains
 *                    {@code ':'}
 * @param data        the data, {@code ""} if none; never {@code null}
 */
public record SioPacket(SioPacketType type, String id, boolean ackWithData, String endpoint, String data) {

    private static final SioPacket HEARTBEAT = new SioPacket(SioPacketType.HEARTBEAT, null, false, "", "");
    private static final SioPacket CONNECT = new SioPacket(SioPacketType.CONNECT, null, false, "", "");
    private static final SioPacket DISCONNECT = new SioPacket(SioPacketType.DISCONNECT, null, false, "", "");
    private static final SioPacket NOOP = new SioPacket(SioPacketType.NOOP, null, false, "", "");

    /**
     * @throws IllegalArgumentException if the id is not digits, {@code ackWithData} is set without an id, or the
     *                                  endpoint contains {@code ':'}
     */
    public SioPacket {
        Objects.requireNonNull(type, "type");
        if (id != null && id.isEmpty()) {
            id = null;
        }
        if (id != null && !isDigits(id)) {
            throw new IllegalArgumentException("A Socket.IO message id must be digits");
        }
        if (ackWithData && id == null) {
            throw new IllegalArgumentException("A data acknowledgement ('+') needs a message id");
        }
        endpoint = endpoint == null ? "" : endpoint;
        if (endpoint.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A Socket.IO endpoint cannot contain ':'");
        }
        data = data == null ? "" : data;
    }

    /** A packet of the given type with no id, endpoint or data ({@code "2::"} for a heartbeat). */
    public static SioPacket of(SioPacketType type) {
        return of(type, "");
    }

    /** A packet of the given type on the default endpoint, with data. */
    public static SioPacket of(SioPacketType type, String data) {
        return new SioPacket(type, null, false, "", data);
    }

    /** {@code 2::} */
    public static SioPacket heartbeat() {
        return HEARTBEAT;
    }

    /** {@code 1::} */
    public static SioPacket connect() {
        return CONNECT;
    }

    /** {@code 0::} */
    public static SioPacket disconnect() {
        return DISCONNECT;
    }

    /** {@code 8::} */
    public static SioPacket noop() {
        return NOOP;
    }

    /**
     * An error packet {@code 7:::reason[+advice]}.
     *
     * @param advice the advice code, or {@code null} for none
     */
    public static SioPacket error(String reason, String advice) {
        return of(SioPacketType.ERROR, new SioError(reason, advice).encode());
    }

    /**
     * Parses one packet (a WebSocket text frame carries exactly one).
     *
     * @throws SioDecodeException if the text is not a Socket.IO 0.9 packet
     */
    public static SioPacket parse(String frame) {
        if (frame == null) {
            throw new SioDecodeException("no packet (null)", null);
        }
        int len = frame.length();
        int firstColon = frame.indexOf(':');
        if (firstColon < 0) {
            throw new SioDecodeException("not a Socket.IO packet (no ':' after the type)", frame, 0);
        }
        SioPacketType type = firstColon == 1 ? SioPacketType.lookup(frame.charAt(0)) : null;
        if (type == null) {
            throw new SioDecodeException(firstColon == 0 ? "no packet type" : "unknown packet type", frame, 0);
        }
        int i = firstColon + 1;
        int idStart = i;
        while (i < len && isDigit(frame.charAt(i))) {
            i++;
        }
        String id = i > idStart ? frame.substring(idStart, i) : null;
        boolean ackWithData = false;
        if (i < len && frame.charAt(i) == '+') {
            if (id == null) {
                throw new SioDecodeException("'+' (data acknowledgement) without a message id", frame, i);
            }
            ackWithData = true;
            i++;
        }
        if (i >= len || frame.charAt(i) != ':') {
            throw new SioDecodeException(i >= len ? "truncated packet (no ':' after the message id)"
                    : "malformed message id (digits expected)", frame, i);
        }
        i++;
        int thirdColon = frame.indexOf(':', i);
        String endpoint;
        String data;
        if (thirdColon < 0) {
            endpoint = frame.substring(i);
            data = "";
        } else {
            endpoint = frame.substring(i, thirdColon);
            data = frame.substring(thirdColon + 1);
        }
        return new SioPacket(type, id, ackWithData, endpoint, data);
    }

    /** The packet in wire form. */
    public String encode() {
        StringBuilder sb = new StringBuilder(4 + endpoint.length() + data.length() + (id == null ? 0 : id.length()));
        sb.append(type.code()).append(':');
        if (id != null) {
            sb.append(id);
            if (ackWithData) {
                sb.append('+');
            }
        }
        sb.append(':').append(endpoint);
        if (!data.isEmpty()) {
            sb.append(':').append(data);
        }
        return sb.toString();
    }

    /** Whether this packet has the given type. */
    public boolean is(SioPacketType type) {
        return this.type == type;
    }

    /** Whether the sender asked for an acknowledgement (the packet has an id). */
    public boolean wantsAck() {
        return id != null;
    }

    /**
     * The reason and advice of an {@link SioPacketType#ERROR} packet.
     *
     * @throws IllegalStateException if this is not an error packet
     */
    public SioError error() {
        if (type != SioPacketType.ERROR) {
            throw new IllegalStateException("Not an error packet: " + type);
        }
        return SioError.parse(data);
    }

    /**
     * The id of the packet an {@link SioPacketType#ACK} packet acknowledges ({@code 6:::<id>[+args]}).
     *
     * @throws IllegalStateException if this is not an ack packet
     */
    public String ackTarget() {
        requireAck();
        int plus = data.indexOf('+');
        return plus < 0 ? data : data.substring(0, plus);
    }

    /**
     * The JSON array of arguments of an {@link SioPacketType#ACK} packet, or {@code null} if it has none.
     *
     * @throws IllegalStateException if this is not an ack packet
     */
    public String ackArgs() {
        requireAck();
        int plus = data.indexOf('+');
        return plus < 0 ? null : data.substring(plus + 1);
    }

    private void requireAck() {
        if (type != SioPacketType.ACK) {
            throw new IllegalStateException("Not an ack packet: " + type);
        }
    }

    /** The packet in wire form, data shortened to a log-safe {@linkplain FrameExcerpt excerpt}. */
    @Override
    public String toString() {
        return "SioPacket[" + FrameExcerpt.of(encode()) + "]";
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
