package io.github.camelchat.common.session;

import io.github.camelchat.common.send.SendPolicy;

/**
 * Everything that tunes one session.
 *
 * @param handshakeTimeoutMillis time from socket open to READY before the attempt is abandoned and retried
 */
public record SessionSettings(long handshakeTimeoutMillis, ReconnectPolicy reconnect, KeepalivePolicy keepalive,
        SendPolicy send) {

    public SessionSettings {
        if (handshakeTimeoutMillis <= 0) {
            throw new IllegalArgumentException("handshakeTimeout must be > 0, was " + handshakeTimeoutMillis);
        }
        reconnect = reconnect == null ? ReconnectPolicy.defaults() : reconnect;
        keepalive = keepalive == null ? KeepalivePolicy.defaults() : keepalive;
        send = send == null ? SendPolicy.defaults() : send;
    }

    public static SessionSettings defaults() {
        return new SessionSettings(15_000, null, null, null);
    }
}
