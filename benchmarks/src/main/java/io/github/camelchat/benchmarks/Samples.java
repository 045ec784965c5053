package io.github.camelchat.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Real frames of one protocol, captured from its simulator (see {@link FrameSamples}).
 *
 * @param wire     the protocol
 * @param greeting what the server sends once the client is in (chatbox: players + hello; capi: the bot's update, the
 *                 ConnectEvent and the roster; hitbox: loginMsg), replayed before the events
 * @param events   distinct event frames (chat lines of varied length and senders), replayed in a cycle
 * @param probe    an event frame whose text holds {@link Wire#PROBE_MARK} + {@link Wire#PROBE_SLOT}
 */
record Samples(Wire wire, List<String> greeting, List<String> events, String probe) {

    /** The events as UTF-8, what the flood server writes. */
    byte[][] eventBytes() {
        byte[][] bytes = new byte[events.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = events.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    int meanEventBytes() {
        long sum = 0;
        for (String e : events) {
            sum += e.getBytes(StandardCharsets.UTF_8).length;
        }
        return (int) (sum / events.size());
    }

    /** The probe frame stamped with this write time. */
    String probeAt(long nanos) {
        return probe.replace(Wire.PROBE_SLOT, Wire.stamp(nanos));
    }
}
