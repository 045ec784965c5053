package io.github.camelchat.common.session;

import io.github.camelchat.common.send.SendPolicy;

/**
 * Everything that tunes one session.
 *
 * @param handshakeTimeoutMillis time from socket open to READY before the attempt is abandoned and retried
 * @param maxPendingEvents       events whose routing may still be running while the socket reads on. More than one,
 *                               because a route that replies on the same connection waits for a confirmation that
 *                               arrives as a later frame; bounded, so a slow route still slows the server down
 */
public record SessionSettings(long handshakeTimeoutMillis, ReconnectPolicy reconnect, KeepalivePolicy keepalive,
        SendPolicy send, int maxPendingEvents) {

    /** Larger than any sensible outbound queue, so replies fail with QUEUE_FULL before the reader could stall. */
    public static final int DEFAULT_MAX_PENDING_EVENTS = 1000;

    public SessionSettings {
        if (handshakeTimeoutMillis <= 0) {
            throw new IllegalArgumentException("handshakeTimeout must be > 0, was " + handshakeTimeoutMillis);
        }
        if (maxPendingEvents < 1) {
            throw new IllegalArgumentException("maxPendingEvents must be >= 1, was " + maxPendingEvents);
        }
        reconnect = reconnect == null ? ReconnectPolicy.defaults() : reconnect;
        keepalive = keepalive == null ? KeepalivePolicy.defaults() : keepalive;
        send = send == null ? SendPolicy.defaults() : send;
    }

    public SessionSettings(long handshakeTimeoutMillis, ReconnectPolicy reconnect, KeepalivePolicy keepalive,
            SendPolicy send) {
        this(handshakeTimeoutMillis, reconnect, keepalive, send, DEFAULT_MAX_PENDING_EVENTS);
    }

    public static SessionSettings defaults() {
        return new SessionSettings(15_000, null, null, null);
    }

    /** The same settings with another handshake timeout. */
    public SessionSettings withHandshakeTimeout(long millis) {
        return new SessionSettings(millis, reconnect, keepalive, send, maxPendingEvents);
    }
}
