package io.github.camelchat.simulator.capi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the simulator observed, for assertions: every frame per API key, what bots said in their channels, and the
 * whispers users received. Thread-safe, because tests read it while the loop writes it.
 */
final class Records {

    /** Frames of sockets that have not authenticated (other than the AuthenticateRequest itself). */
    static final String UNAUTHENTICATED = "";

    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final List<ChannelLine> channelLog = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> whispers = new ConcurrentHashMap<>();

    void received(String apiKey, String frame) {
        received.computeIfAbsent(apiKey, k -> new CopyOnWriteArrayList<>()).add(frame);
    }

    List<String> received(String apiKey) {
        return List.copyOf(received.getOrDefault(apiKey, List.of()));
    }

    void said(ChannelLine line) {
        channelLog.add(line);
    }

    List<ChannelLine> channelLog() {
        return List.copyOf(channelLog);
    }

    void whispered(String toonName, String text) {
        whispers.computeIfAbsent(toonName.toLowerCase(Locale.ROOT), k -> new CopyOnWriteArrayList<>()).add(text);
    }

    List<String> whispersTo(String toonName) {
        return List.copyOf(whispers.getOrDefault(toonName.toLowerCase(Locale.ROOT), List.of()));
    }

    void clear() {
        received.clear();
        channelLog.clear();
        whispers.clear();
    }
}
