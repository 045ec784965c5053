package io.github.camelchat.common.send;

/**
 * Why a message, or a session, failed. Components extend it with the protocol's own error codes, so a route can
 * {@code onException(ChatException.class)} for all three games at once.
 */
public class ChatException extends Exception {

    /** The generic reasons the session core can give. */
    public enum Reason {
        /** No acknowledgement within the send timeout. */
        TIMEOUT,
        /** The outbound queue is full. */
        QUEUE_FULL,
        /** No ready connection and the policy is fail-fast. */
        NOT_CONNECTED,
        /** The connection dropped after the message was written and the protocol cannot resend it safely. */
        CONNECTION_LOST,
        /** The session gave up (fatal close, rejected credentials, too many attempts). */
        SESSION_FAILED,
        /** The session was stopped with the message still pending. */
        STOPPED,
        /** The server refused the message. */
        REJECTED,
        /** The message is invalid and was never sent. */
        INVALID
    }

    private final Reason reason;

    public ChatException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ChatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
