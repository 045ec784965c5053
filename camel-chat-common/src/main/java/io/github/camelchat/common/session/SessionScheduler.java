package io.github.camelchat.common.session;

/**
 * Time and timers for a session. Production uses a shared {@code ScheduledExecutorService}; tests use a manual clock
 * so that backoff, keepalive and timeouts are checked without sleeping.
 */
public interface SessionScheduler {

    long nowMillis();

    /** Runs {@code task} once after {@code delayMillis}. */
    Cancellable schedule(Runnable task, long delayMillis);

    /** A scheduled task that may be cancelled; cancelling a task that already ran does nothing. */
    interface Cancellable {
        Cancellable NONE = () -> {
        };

        void cancel();
    }
}
