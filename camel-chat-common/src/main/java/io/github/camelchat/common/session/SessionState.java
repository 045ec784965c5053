package io.github.camelchat.common.session;

/** The life of a {@link ChatSession}. */
public enum SessionState {
    /** Created, not started. */
    NEW,
    /** Opening the socket. */
    CONNECTING,
    /** Socket open, the protocol's login or hello is running. */
    HANDSHAKING,
    /** Logged in: events flow and messages are sent. */
    READY,
    /** The connection was lost; waiting for the backoff delay before the next attempt. */
    RETRY_WAIT,
    /** Stopped by its owners. */
    STOPPED,
    /** Gave up: a fatal close (bad credentials, for instance) or too many failed attempts. */
    FAILED;

    public boolean isTerminal() {
        return this == STOPPED || this == FAILED;
    }
}
