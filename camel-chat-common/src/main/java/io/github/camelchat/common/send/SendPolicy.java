package io.github.camelchat.common.send;

/**
 * Pacing and bounds of a session's outbound queue.
 *
 * @param queueCapacity      messages that may wait (not yet written) before submits are refused
 * @param minIntervalMillis  least time between two writes (the server's rate limit)
 * @param maxInFlight        messages written but not yet acknowledged (the server's own queue size)
 * @param sendTimeoutMillis  from submit to acknowledgement, queueing included
 * @param retryDelayMillis   first delay before resending a message the server asked to retry (doubles per retry)
 * @param whileDisconnected  wait for the connection or fail fast
 * @param resendInFlight     on a lost connection, resend what was written but not acknowledged (safe when the server
 *                           drops unconfirmed messages with the socket); otherwise fail those messages
 */
public record SendPolicy(int queueCapacity, long minIntervalMillis, int maxInFlight, long sendTimeoutMillis,
        long retryDelayMillis, WhileDisconnected whileDisconnected, boolean resendInFlight) {

    public SendPolicy {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be >= 1, was " + queueCapacity);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be >= 1, was " + maxInFlight);
        }
        if (minIntervalMillis < 0 || retryDelayMillis < 0) {
            throw new IllegalArgumentException("send intervals must be >= 0");
        }
        if (sendTimeoutMillis <= 0) {
            throw new IllegalArgumentException("sendTimeout must be > 0, was " + sendTimeoutMillis);
        }
        whileDisconnected = whileDisconnected == null ? WhileDisconnected.WAIT : whileDisconnected;
    }

    public static SendPolicy defaults() {
        return new SendPolicy(100, 0, 16, 30_000, 500, WhileDisconnected.WAIT, true);
    }
}
