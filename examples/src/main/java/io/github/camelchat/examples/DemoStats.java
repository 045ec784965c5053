package io.github.camelchat.examples;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the run did, for the summary printed at the end. Updated from several route threads. */
public final class DemoStats {

    private final Map<String, LongAdder> eventsByType = new ConcurrentHashMap<>();
    private final AtomicLong pingsAnswered = new AtomicLong();
    private final AtomicLong helpsAnswered = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    public void eventIn(String type) {
        eventsByType.computeIfAbsent(type == null ? "unknown" : type, t -> new LongAdder()).increment();
    }

    public void pingAnswered() {
        pingsAnswered.incrementAndGet();
    }

    public void helpAnswered() {
        helpsAnswered.incrementAndGet();
    }

    public void error() {
        errors.incrementAndGet();
    }

    /** Events received per wire event name, sorted by name. */
    public Map<String, Long> eventsByType() {
        Map<String, Long> copy = new TreeMap<>();
        eventsByType.forEach((type, count) -> copy.put(type, count.sum()));
        return copy;
    }

    public long eventsTotal() {
        return eventsByType.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long pingsAnswered() {
        return pingsAnswered.get();
    }

    public long helpsAnswered() {
        return helpsAnswered.get();
    }

    public long errors() {
        return errors.get();
    }

    public String summary() {
        return "events in: " + eventsTotal() + " " + eventsByType() + System.lineSeparator()
                + "pings answered: " + pingsAnswered() + ", help answered: " + helpsAnswered()
                + ", errors: " + errors();
    }
}
