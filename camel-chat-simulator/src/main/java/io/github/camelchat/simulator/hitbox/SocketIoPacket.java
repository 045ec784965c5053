package io.github.camelchat.simulator.hitbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Socket.IO 0.9 packet, {@code type:[id[+]]:[endpoint][:data]}, parsed with the reference parser's grammar.
 *
 * @param id       the message id, or "" for none
 * @param ackData  whether the id ends in {@code +} (the sender wants the ack's data)
 * @param data     everything after the third colon, or "" for none
 */
record SocketIoPacket(int type, String id, boolean ackData, String endpoint, String data) {

    static final int DISCONNECT = 0;
    static final int CONNECT = 1;
    static final int HEARTBEAT = 2;
    static final int MESSAGE = 3;
    static final int JSON = 4;
    static final int EVENT = 5;
    static final int ACK = 6;
    static final int ERROR = 7;
    static final int NOOP = 8;

    static final String CONNECTED = "1::";
    static final String HEARTBEAT_FRAME = "2::";
    static final String DISCONNECTED = "0::";
    /** Reason 1 "client not handshaken" with advice 0 "reconnect": the answer to an unknown or reused sid. */
    static final String NOT_HANDSHAKEN = "7:::1+0";

    /** The 0.9.16 client's decoder regular expression. */
    private static final Pattern GRAMMAR = Pattern.compile("([^:]+):([0-9]+)?(\\+)?:([^:]+)?:?([\\s\\S]*)?");

    /** The packet, or null when the text is not one (the 0.9 parser then yields an error packet the server ignores). */
    static SocketIoPacket parse(String frame) {
        Matcher m = GRAMMAR.matcher(frame);
        if (!m.lookingAt()) {
            return null;
        }
        int type;
        try {
            type = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (type < DISCONNECT || type > NOOP) {
            return null;
        }
        return new SocketIoPacket(type, orEmpty(m.group(2)), m.group(3) != null, orEmpty(m.group(4)),
                orEmpty(m.group(5)));
    }

    static String event(String eventJson) {
        return EVENT + ":::" + eventJson;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
