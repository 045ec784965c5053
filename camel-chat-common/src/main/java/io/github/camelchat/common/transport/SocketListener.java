package io.github.camelchat.common.transport;

import java.util.concurrent.CompletionStage;

/**
 * Receives what one socket delivers. Calls for one socket never overlap: the transport asks for the next message only
 * when the stage returned by {@link #onText(String)} completes, which is how a slow route pushes back on the server.
 */
public interface SocketListener {

    /**
     * The socket is open. A transport must call this before it delivers any message, because messages may arrive
     * before the future returned by {@link ChatTransport#open} completes (the JDK client does that).
     */
    default void onOpen(ChatSocket socket) {
    }

    /**
     * A complete text message (fragments already joined).
     *
     * @return {@code null} when the message is fully handled, or a stage that completes when it is; the next message is
     *         requested only then
     */
    CompletionStage<?> onText(String message);

    /** Any sign of life other than text (ping, pong, binary), used for idle detection. */
    default void onActivity() {
    }

    /** The server closed the connection with a close frame. */
    void onClose(int code, String reason);

    /** The connection failed without a close frame (TCP drop, protocol error, invalid UTF-8, oversized message). */
    void onError(Throwable error);
}
