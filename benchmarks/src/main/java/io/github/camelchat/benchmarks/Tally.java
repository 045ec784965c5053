package io.github.camelchat.benchmarks;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the events one receiver (baseline or route) sees, the time of the first and the last expected one, and, for
 * latency runs, each event's delay since the flood server stamped it. Events arrive one at a time per socket but may
 * come from different pool threads, hence the atomic counter.
 */
final class Tally {

    private final int expected;
    private final long[] latencies;
    private final AtomicInteger count = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile long first;
    private volatile long last;

    Tally(int expected, boolean latency) {
        this.expected = expected;
        this.latencies = latency ? new long[expected] : null;
    }

    boolean measuresLatency() {
        return latencies != null;
    }

    /** One event; {@code text} is the chat text, needed only when measuring latency. */
    void event(CharSequence text) {
        long now = Wire.now();
        int i = count.getAndIncrement();
        if (i == 0) {
            first = now;
        }
        if (i < expected) {
            if (latencies != null) {
                long sent = Wire.probeTime(text);
                latencies[i] = sent < 0 ? -1 : now - sent;
            }
            if (i == expected - 1) {
                last = now;
                done.countDown();
            }
        }
    }

    void await(long seconds, String what) throws InterruptedException {
        if (!done.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException(what + ": only " + count.get() + " of " + expected + " events within "
                    + seconds + " s");
        }
    }

    /** {@link Wire#now()} when the first event arrived. */
    long firstNanos() {
        return first;
    }

    int count() {
        return count.get();
    }

    /** Events per second from the first to the last expected event. */
    double rate() {
        return (expected - 1) * 1e9 / Math.max(1, last - first);
    }

    /** The latencies in nanoseconds, without the first {@code skip} (warm-up). */
    long[] latencies(int skip) {
        long[] kept = Arrays.copyOfRange(latencies, Math.min(skip, expected), expected);
        for (long l : kept) {
            if (l < 0) {
                throw new IllegalStateException("an event carried no latency probe");
            }
        }
        return kept;
    }
}
