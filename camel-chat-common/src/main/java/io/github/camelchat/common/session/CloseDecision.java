package io.github.camelchat.common.session;

/**
 * What a protocol decides when its connection ends.
 *
 * @param fatal       {@code true} to stop for good (bad credentials, unsupported endpoint): no reconnect storm
 * @param delayMillis a server-imposed delay before reconnecting, or {@code -1} for the backoff policy
 * @param reason      readable cause, free of secrets, shown in logs and health checks
 */
public record CloseDecision(boolean fatal, long delayMillis, String reason) {

    public static CloseDecision retry(String reason) {
        return new CloseDecision(false, -1, reason);
    }

    public static CloseDecision retryAfter(long delayMillis, String reason) {
        return new CloseDecision(false, delayMillis, reason);
    }

    public static CloseDecision fatal(String reason) {
        return new CloseDecision(true, -1, reason);
    }
}
