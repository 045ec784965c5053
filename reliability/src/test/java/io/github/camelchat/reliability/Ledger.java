package io.github.camelchat.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.send.ChatException;
import org.apache.camel.Exchange;

/**
 * The account one scenario keeps for one component: what was submitted through the producer, how each message
 * ended (acknowledged, or failed with a reason), what the simulator actually carried out, and the events the server
 * emitted against those the route received.
 * <p>
 * {@code lost = (submitted - acked - failed) + acked messages the server never carried out} must be 0: every message
 * ends one way, and an acknowledgement means delivery. {@code duplicated = deliveries - distinct deliveries} must be
 * 0. A failed message may or may not have been carried out (a timeout or {@code CONNECTION_LOST} says exactly that),
 * but never twice.
 */
public final class Ledger {

    private final String component;
    private final Scenario scenario;
    private final List<String> submitted = new ArrayList<>();
    private final Map<String, String> outcomes = new LinkedHashMap<>();
    private final Map<String, Exchange> exchanges = new HashMap<>();
    private final List<String> deliveries = new ArrayList<>();
    private final List<String> eventsEmitted = new ArrayList<>();
    private final List<String> eventsReceived = new ArrayList<>();
    private long reconnects;
    private Duration timeToRecover;
    private final List<String> notes = new ArrayList<>();

    public Ledger(String component, Scenario scenario) {
        this.component = component;
        this.scenario = scenario;
    }

    public String component() {
        return component;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Adds messages and their pending results; {@link #settle} waits for them. */
    public synchronized void submitted(List<String> bodies, List<CompletableFuture<Exchange>> results) {
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            submitted.add(body);
            CompletableFuture<Exchange> result = results.get(i);
            result.whenComplete((exchange, error) -> outcome(body, exchange));
        }
    }

    private synchronized void outcome(String body, Exchange exchange) {
        exchanges.put(body, exchange);
        Exception e = exchange == null ? null : exchange.getException();
        if (exchange == null) {
            outcomes.put(body, "no exchange");
        } else if (e == null) {
            outcomes.put(body, "ACKED");
        } else {
            outcomes.put(body, reasonOf(e));
            Secrets.observe(Secrets.describe(e));
        }
    }

    /** The failure reason as the table shows it: the {@link ChatException.Reason}, else the exception class. */
    public static String reasonOf(Throwable e) {
        return e instanceof ChatException chat ? chat.getReason().name() : e.getClass().getSimpleName();
    }

    /** Waits (bounded) until every submitted message has ended one way or the other. */
    public void settle(List<CompletableFuture<Exchange>> results, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (CompletableFuture<Exchange> result : results) {
            try {
                result.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // counted as lost: it neither completed nor failed in time
            }
        }
    }

    public synchronized void deliveries(List<String> texts) {
        deliveries.clear();
        deliveries.addAll(texts.stream().filter(submitted::contains).toList());
    }

    public synchronized void emitted(String event) {
        eventsEmitted.add(event);
    }

    public synchronized void received(List<String> events) {
        eventsReceived.clear();
        eventsReceived.addAll(events.stream().filter(eventsEmitted::contains).toList());
    }

    public synchronized void reconnects(long count) {
        this.reconnects = count;
    }

    public synchronized void timeToRecover(Duration duration) {
        // the slowest recovery when the fault is injected more than once
        if (timeToRecover == null || duration.compareTo(timeToRecover) > 0) {
            timeToRecover = duration;
        }
    }

    public synchronized void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    // ---- figures

    public synchronized List<String> submittedBodies() {
        return List.copyOf(submitted);
    }

    public synchronized int submittedCount() {
        return submitted.size();
    }

    public synchronized int acked() {
        return (int) outcomes.values().stream().filter("ACKED"::equals).count();
    }

    public synchronized int failed() {
        return (int) outcomes.values().stream().filter(o -> !"ACKED".equals(o) && !"no exchange".equals(o)).count();
    }

    /** Failure reasons and how often each occurred, sorted by name. */
    public synchronized Map<String, Integer> failuresByReason() {
        Map<String, Integer> reasons = new TreeMap<>();
        outcomes.values().stream().filter(o -> !"ACKED".equals(o) && !"no exchange".equals(o))
                .forEach(o -> reasons.merge(o, 1, Integer::sum));
        return reasons;
    }

    public synchronized List<String> ackedNotDelivered() {
        return outcomes.entrySet().stream()
                .filter(e -> "ACKED".equals(e.getValue()) && !deliveries.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    public synchronized List<String> unfinished() {
        return submitted.stream().filter(b -> !outcomes.containsKey(b) || "no exchange".equals(outcomes.get(b))).toList();
    }

    public synchronized int lost() {
        return unfinished().size() + ackedNotDelivered().size();
    }

    public synchronized int duplicated() {
        return deliveries.size() - (int) deliveries.stream().distinct().count();
    }

    public synchronized List<String> duplicates() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        deliveries.forEach(d -> counts.merge(d, 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    public synchronized int eventsEmittedCount() {
        return eventsEmitted.size();
    }

    public synchronized int eventsReceivedCount() {
        return eventsReceived.size();
    }

    public synchronized int eventsDuplicated() {
        return eventsReceived.size() - (int) eventsReceived.stream().distinct().count();
    }

    public synchronized List<String> eventsMissing() {
        List<String> missing = new ArrayList<>(eventsEmitted);
        missing.removeAll(eventsReceived);
        return missing;
    }

    public synchronized long reconnects() {
        return reconnects;
    }

    public synchronized Duration timeToRecover() {
        return timeToRecover;
    }

    public synchronized List<String> notes() {
        return Collections.unmodifiableList(new ArrayList<>(notes));
    }

    public synchronized Exchange exchange(String body) {
        return exchanges.get(body);
    }

    public synchronized String outcome(String body) {
        return outcomes.get(body);
    }

    @Override
    public synchronized String toString() {
        return component + " / " + scenario.title() + ": submitted " + submitted.size() + ", acked " + acked()
                + ", failed " + failuresByReason() + ", lost " + lost() + " (unfinished " + unfinished()
                + ", acked but not delivered " + ackedNotDelivered() + "), duplicated " + duplicated() + " "
                + duplicates() + ", events " + eventsEmitted.size() + "/" + eventsReceived.size() + " (missing "
                + eventsMissing() + "), reconnects " + reconnects + ", time to recover " + timeToRecover;
    }
}
