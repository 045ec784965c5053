package io.github.camelchat.common.session;

/**
 * What a {@link ChatProtocol} may do on the connection it was opened for. Calls made for a connection that is no
 * longer current (a late frame from a dropped socket) are ignored, so a protocol never has to check that itself.
 */
public interface ProtocolLink<E> {

    /** Writes a frame outside the outbound queue (handshake, heartbeat answers). */
    void send(String text);

    /** The handshake is done: the session is READY and queued messages start flowing. */
    void ready();

    /** Delivers an inbound event to the session's listeners. */
    void emit(E event);

    /** Completes the message waiting for this correlation key; {@code false} if none (late or unknown reply). */
    boolean acknowledge(Object correlationKey, Object reply);

    /** Fails the message waiting for this correlation key with the server's refusal. */
    boolean reject(Object correlationKey, Exception cause);

    /** Sends the message again later (the server said "slow down"), within its send timeout. */
    boolean retry(Object correlationKey, Exception cause);

    /** Drops this connection and reconnects with backoff. */
    void reconnect(String reason);

    /** Drops this connection and stops for good; {@code reason} must not contain secrets. */
    void fail(String reason);

    /**
     * The session's clock, and timers for protocol heartbeats: a task runs under the session lock, like every call of
     * the protocol, and only while this connection is current (after it is gone, it does nothing).
     */
    SessionScheduler scheduler();
}
