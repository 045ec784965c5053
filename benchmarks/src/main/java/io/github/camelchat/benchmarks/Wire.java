package io.github.camelchat.benchmarks;

/** The three chat protocols under test, with what a benchmark needs to know about each. */
enum Wire {
    /** Chatbox v2: the key in the path, {@code hello} ends the handshake; floods {@code chat_ingame} events. */
    CHATBOX("chatbox", "chat_ingame"),
    /** Classic Chat API: authenticate, connect, then {@code Botapichat.MessageEventRequest}s. */
    CAPI("capi", "MessageEvent"),
    /** hitbox over Socket.IO 0.9: HTTP handshake, {@code 1::}, joinChannel, loginMsg, then {@code 5:::} chatMsg. */
    HITBOX("hitbox", "chatMsg");

    /** Marks the latency probe inside a message text: the marker is followed by 19 digits of nanos. */
    static final String PROBE_MARK = "probe@";
    static final int PROBE_DIGITS = 19;
    /** The 19 characters the flood server replaces with the write time. */
    static final String PROBE_SLOT = "#".repeat(PROBE_DIGITS);
    /** Origin of the probe clock, so that stamps are positive and fit 19 digits. */
    static final long CLOCK_ORIGIN = System.nanoTime();

    final String scheme;
    final String eventName;

    Wire(String scheme, String eventName) {
        this.scheme = scheme;
        this.eventName = eventName;
    }

    static long now() {
        return System.nanoTime() - CLOCK_ORIGIN;
    }

    /** The write time stamped into a text by the flood server, or -1 if it carries none. */
    static long probeTime(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int at = indexOf(text, PROBE_MARK);
        if (at < 0 || at + PROBE_MARK.length() + PROBE_DIGITS > text.length()) {
            return -1;
        }
        long value = 0;
        for (int i = at + PROBE_MARK.length(), end = i + PROBE_DIGITS; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int indexOf(CharSequence text, String needle) {
        if (text instanceof String s) {
            return s.indexOf(needle);
        }
        return text.toString().indexOf(needle);
    }

    static String stamp(long nanos) {
        String digits = Long.toString(nanos);
        return "0".repeat(PROBE_DIGITS - digits.length()) + digits;
    }
}
