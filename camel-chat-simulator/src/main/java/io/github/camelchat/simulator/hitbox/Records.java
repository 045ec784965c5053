package io.github.camelchat.simulator.hitbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulator observed, for assertions: client frames per channel, accepted chat per channel, direct messages
 * scripted viewers received, and counters. Thread-safe, because tests read it while the loop writes it.
 */
final class Records {

    /** The channel key of frames a socket sent before it joined a channel. */
    static final String NO_CHANNEL = "";

    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final Map<String, List<ChatLine>> chat = new ConcurrentHashMap<>();
    private final Map<String, List<ChatLine>> inboxes = new ConcurrentHashMap<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final AtomicInteger heartbeatEchoes = new AtomicInteger();

    private static String key(String name) {
        return name == null ? NO_CHANNEL : name.toLowerCase(Locale.ROOT);
    }

    void received(String channel, String frame) {
        received.computeIfAbsent(key(channel), k -> new CopyOnWriteArrayList<>()).add(frame);
    }

    List<String> received(String channel) {
        return List.copyOf(received.getOrDefault(key(channel), List.of()));
    }

    void chat(ChatLine line) {
        chat.computeIfAbsent(key(line.channel()), k -> new CopyOnWriteArrayList<>()).add(line);
    }

    List<ChatLine> chat(String channel) {
        return List.copyOf(chat.getOrDefault(key(channel), List.of()));
    }

    void directTo(String name, ChatLine line) {
        inboxes.computeIfAbsent(key(name), k -> new CopyOnWriteArrayList<>()).add(line);
    }

    List<ChatLine> inbox(String name) {
        return List.copyOf(inboxes.getOrDefault(key(name), List.of()));
    }

    void handshake() {
        handshakes.incrementAndGet();
    }

    int handshakes() {
        return handshakes.get();
    }

    void heartbeatEcho() {
        heartbeatEchoes.incrementAndGet();
    }

    int heartbeatEchoes() {
        return heartbeatEchoes.get();
    }

    void clear() {
        received.clear();
        chat.clear();
        inboxes.clear();
    }
}
