package io.github.camelchat.common.session;

import java.util.concurrent.TimeoutException;

/**
 * The session gave up on a connection that stayed silent: no end of handshake within the handshake timeout, or
 * nothing at all within the idle timeout. Passed to {@link ChatProtocol#onError(Throwable)} so the protocol decides
 * what follows (retry, try another server), like for any other loss.
 */
public class SessionTimeoutException extends TimeoutException {

    public SessionTimeoutException(String message) {
        super(message);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
