package io.github.camelchat.common.session;

import java.util.concurrent.CompletableFuture;

import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.transport.ConnectRequest;

/**
 * The protocol knowledge a component plugs into a {@link ChatSession}. One instance serves one session; every method
 * is called with the session's lock held, one at a time, so an implementation may keep plain fields.
 *
 * @param <E> the inbound event type
 */
public interface ChatProtocol<E> {

    /** Where to connect next. Asynchronous so that a protocol can discover servers or run an HTTP handshake first. */
    CompletableFuture<ConnectRequest> connectRequest();

    /** A socket opened: reset per-connection state and start the handshake; call {@link ProtocolLink#ready()} when done. */
    void onOpen(ProtocolLink<E> link);

    /** One inbound text frame. A malformed frame must be logged and skipped here, never thrown. */
    void onText(String frame, ProtocolLink<E> link);

    /** Encodes an outbound message; {@code sequence} is unique within the session. */
    Encoded encode(Object message, long sequence) throws Exception;

    /** The server closed the socket with a close frame. */
    CloseDecision onClose(int code, String reason);

    /**
     * The socket failed without a close frame, could not be opened, or was given up by the session
     * ({@link SessionTimeoutException}: handshake or idle timeout).
     */
    default CloseDecision onError(Throwable error) {
        return CloseDecision.retry(describe(error));
    }

    /** A readable description of a transport error, for logs and health; must not contain secrets. */
    static String describe(Throwable error) {
        Throwable root = error;
        while ((root instanceof java.util.concurrent.CompletionException
                || root instanceof java.util.concurrent.ExecutionException) && root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (root instanceof SessionTimeoutException) {
            return message;
        }
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
