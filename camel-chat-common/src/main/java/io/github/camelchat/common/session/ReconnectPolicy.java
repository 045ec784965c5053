package io.github.camelchat.common.session;

import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter and a cap: attempt {@code n} (1-based) waits about
 * {@code min(maxDelay, initialDelay * multiplier^(n-1))}, spread by {@code ±jitter} so that many clients dropped by one
 * server restart do not all come back in the same millisecond.
 *
 * @param initialDelayMillis delay before the first reconnect attempt
 * @param maxDelayMillis     cap on any delay
 * @param multiplier         growth factor per attempt (≥ 1)
 * @param jitter             relative spread, 0 (none) to 1
 * @param maxAttempts        reconnect attempts after a loss before giving up; 0 means never give up
 */
public record ReconnectPolicy(long initialDelayMillis, long maxDelayMillis, double multiplier, double jitter,
        int maxAttempts) {

    public ReconnectPolicy {
        if (initialDelayMillis < 0 || maxDelayMillis < initialDelayMillis) {
            throw new IllegalArgumentException(
                    "reconnect delays must satisfy 0 <= initial <= max, were " + initialDelayMillis + " and " + maxDelayMillis);
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("reconnect multiplier must be >= 1, was " + multiplier);
        }
        if (jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("reconnect jitter must be between 0 and 1, was " + jitter);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxReconnectAttempts must be >= 0, was " + maxAttempts);
        }
    }

    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(1000, 60_000, 2.0, 0.2, 0);
    }

    /** The delay before attempt {@code attempt} (1-based), with {@code random} in [0, 1). */
    public long delayMillis(int attempt, DoubleSupplier random) {
        double base = initialDelayMillis * Math.pow(multiplier, Math.max(0, attempt - 1));
        base = Math.min(base, maxDelayMillis);
        double spread = base * jitter * (2 * random.getAsDouble() - 1);
        return Math.max(0, Math.min(maxDelayMillis, Math.round(base + spread)));
    }

    /**
     * Whether to give up after {@code failures} consecutive losses (the first loss, then one per failed reconnect
     * attempt): {@code maxAttempts} reconnect attempts have then been made.
     */
    public boolean givesUpAfter(int failures) {
        return maxAttempts > 0 && failures > maxAttempts;
    }
}
