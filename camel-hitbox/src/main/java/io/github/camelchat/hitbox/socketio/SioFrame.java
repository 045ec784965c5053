package io.github.camelchat.hitbox.socketio;

/**
 * One Socket.IO 0.9 packet parsed in place: its parts are offsets into the frame, and nothing is copied until it is
 * asked for ({@link #id()}, {@link #endpoint()}, {@link #data()}). For the receive path, which needs the type and
 * hands the data to the next parser by offset. {@link SioPacket#parse} is this parser plus the copies, so both accept
 * the same frames and fail with the same messages.
 */
public final class SioFrame {

    /** Where a message id starts: after the type and the first colon. */
    private static final int ID_START = 2;

    private final String frame;
    private final SioPacketType type;
    private final int idEnd;
    private final boolean ackWithData;
    private final int endpointStart;
    private final int endpointEnd;
    private final int dataStart;

    private SioFrame(String frame, SioPacketType type, int idEnd, boolean ackWithData, int endpointStart,
            int endpointEnd, int dataStart) {
        this.frame = frame;
        this.type = type;
        this.idEnd = idEnd;
        this.ackWithData = ackWithData;
        this.endpointStart = endpointStart;
        this.endpointEnd = endpointEnd;
        this.dataStart = dataStart;
    }

    /**
     * Parses one packet (a WebSocket text frame carries exactly one), as {@link SioPacket#parse} does.
     *
     * @throws SioDecodeException if the text is not a Socket.IO 0.9 packet
     */
    public static SioFrame parse(String frame) {
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
        int i = ID_START;
        while (i < len && isDigit(frame.charAt(i))) {
            i++;
        }
        int idEnd = i;
        boolean ackWithData = false;
        if (i < len && frame.charAt(i) == '+') {
            if (idEnd == ID_START) {
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
        return thirdColon < 0
                ? new SioFrame(frame, type, idEnd, ackWithData, i, len, len)
                : new SioFrame(frame, type, idEnd, ackWithData, i, thirdColon, thirdColon + 1);
    }

    /** The whole frame. */
    public String frame() {
        return frame;
    }

    /** The packet type. */
    public SioPacketType type() {
        return type;
    }

    /** The message id (digits), or {@code null} if the packet has none. */
    public String id() {
        return idEnd > ID_START ? frame.substring(ID_START, idEnd) : null;
    }

    /** Whether the acknowledgement should carry data (the {@code id+} form). */
    public boolean ackWithData() {
        return ackWithData;
    }

    /** The endpoint (namespace), {@code ""} for the default one; never contains {@code ':'}. */
    public String endpoint() {
        return endpointEnd == endpointStart ? "" : frame.substring(endpointStart, endpointEnd);
    }

    /** Where the data starts in {@link #frame()}: after the third colon, or the frame's length if it has none. */
    public int dataOffset() {
        return dataStart;
    }

    /** How many characters of data there are (0 for none). */
    public int dataLength() {
        return frame.length() - dataStart;
    }

    /** The data, {@code ""} if none (copied out of the frame). */
    public String data() {
        return dataStart >= frame.length() ? "" : frame.substring(dataStart);
    }

    /** The packet, its parts copied out of the frame. */
    public SioPacket toPacket() {
        return new SioPacket(type, id(), ackWithData, endpoint(), data());
    }

    @Override
    public String toString() {
        return "SioFrame[" + FrameExcerpt.of(frame) + "]";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
