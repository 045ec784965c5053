package io.github.camelchat.examples;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** What the run did, for the summary printed at the end. Updated from several route threads. */
public final class DemoStats {

    /** Where a relayed line can go besides the three games. */
    public static final String DISCORD = "discord";

    private final Map<String, Map<String, LongAdder>> eventsBySource = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> relayedTo = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> commandsAnswered = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();

    /** An event written to the journal, so that these counts and the journal always agree. */
    public void eventIn(String source, String type) {
        eventsBySource.computeIfAbsent(source, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(type == null ? "unknown" : type, t -> new LongAdder())
                .increment();
    }

    /** A relayed line the destination confirmed. */
    public void relayed(String destination) {
        relayedTo.computeIfAbsent(destination, d -> new LongAdder()).increment();
    }

    public void commandAnswered(Game game) {
        commandsAnswered.computeIfAbsent(game.source(), s -> new LongAdder()).increment();
    }

    public void error() {
        errors.incrementAndGet();
    }

    /** Events per source, then per type (each game's own names: chat_ingame, message, chatMsg...), sorted. */
    public Map<String, Map<String, Long>> eventsBySource() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        eventsBySource.forEach((source, types) -> copy.put(source, sums(types)));
        return copy;
    }

    public long eventsIn(String source) {
        return total(eventsBySource.getOrDefault(source, Map.of()));
    }

    public long eventsTotal() {
        return eventsBySource.values().stream().mapToLong(DemoStats::total).sum();
    }

    /** Relayed lines per destination ({@code chatbox}, {@code capi}, {@code hitbox}, {@code discord}). */
    public Map<String, Long> relayedTo() {
        return sums(relayedTo);
    }

    public long relayedTotal() {
        return total(relayedTo);
    }

    public long relayedTo(String destination) {
        LongAdder count = relayedTo.get(destination);
        return count == null ? 0 : count.sum();
    }

    public Map<String, Long> commandsAnswered() {
        return sums(commandsAnswered);
    }

    public long commandsAnsweredTotal() {
        return total(commandsAnswered);
    }

    public long errors() {
        return errors.get();
    }

    public String summary() {
        String events = eventsBySource().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().values().stream().mapToLong(Long::longValue).sum() + " "
                        + e.getValue())
                .collect(Collectors.joining(System.lineSeparator() + "  ", "  ", ""));
        return "events in: " + eventsTotal() + System.lineSeparator() + events + System.lineSeparator()
                + "messages relayed: " + relayedTotal() + " " + relayedTo() + System.lineSeparator()
                + "commands answered: " + commandsAnsweredTotal() + " " + commandsAnswered() + System.lineSeparator()
                + "errors: " + errors();
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }

    private static long total(Map<String, LongAdder> counters) {
        return counters.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
