package io.github.camelchat.common.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.github.camelchat.common.session.SessionScheduler;

/**
 * A virtual clock for tests: nothing runs until {@link #advance(long)} is called, and then every due task runs in time
 * order (ties in scheduling order) on the calling thread. Tasks scheduled while advancing that fall within the window
 * also run; cancelled tasks never run. No threads, no sleeps.
 */
public final class ManualScheduler implements SessionScheduler {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            Comparator.comparingLong((Task t) -> t.due).thenComparingLong(t -> t.order));
    private long now;
    private long order;
    private final List<Long> scheduledDelays = new ArrayList<>();

    public ManualScheduler() {
        this(0);
    }

    public ManualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(Runnable task, long delayMillis) {
        Task scheduled = new Task(task, now + Math.max(0, delayMillis), order++);
        tasks.add(scheduled);
        scheduledDelays.add(delayMillis);
        return scheduled::cancel;
    }

    /** Moves the clock forward by {@code millis}, running every task that falls due on the way, in time order. */
    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("time only moves forward");
        }
        long target;
        synchronized (this) {
            target = now + millis;
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due > target) {
                    now = target;
                    return;
                }
                tasks.poll();
                if (next.cancelled) {
                    continue;
                }
                now = next.due;
                next.ran = true;
            }
            next.runnable.run();
        }
    }

    /** Moves the clock to an absolute time. */
    public void advanceTo(long millis) {
        advance(millis - nowMillis());
    }

    /** Runs what is due now without moving the clock. */
    public void runDue() {
        advance(0);
    }

    /** Tasks scheduled, not cancelled and not yet run. */
    public synchronized int pendingCount() {
        return (int) tasks.stream().filter(t -> !t.cancelled).count();
    }

    /** Every delay ever passed to {@link #schedule}, in call order. */
    public synchronized List<Long> scheduledDelays() {
        return List.copyOf(scheduledDelays);
    }

    private static final class Task {
        final Runnable runnable;
        final long due;
        final long order;
        volatile boolean cancelled;
        boolean ran;

        Task(Runnable runnable, long due, long order) {
            this.runnable = runnable;
            this.due = due;
            this.order = order;
        }

        void cancel() {
            cancelled = true;
        }
    }
}
