package io.github.camelchat.common.session;

/**
 * Keeps a quiet connection open and notices a dead one.
 *
 * @param pingIntervalMillis send a WebSocket Ping this often; 0 disables pings
 * @param idleTimeoutMillis  drop and reconnect when nothing (no message, ping or pong) arrived for this long; 0
 *                           disables idle detection
 */
public record KeepalivePolicy(long pingIntervalMillis, long idleTimeoutMillis) {

    public KeepalivePolicy {
        if (pingIntervalMillis < 0 || idleTimeoutMillis < 0) {
            throw new IllegalArgumentException("keepalive intervals must be >= 0");
        }
    }

    public static KeepalivePolicy defaults() {
        return new KeepalivePolicy(30_000, 90_000);
    }
}
