package io.github.camelchat.common.send;

/** What a send does while the session has no ready connection. */
public enum WhileDisconnected {
    /** Wait in the bounded queue for the connection to come back, until the send timeout. */
    WAIT,
    /** Fail at once with {@link ChatException.Reason#NOT_CONNECTED}. */
    FAIL_FAST
}
