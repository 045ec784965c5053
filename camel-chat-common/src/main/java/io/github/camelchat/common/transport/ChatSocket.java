package io.github.camelchat.common.transport;

import java.util.concurrent.CompletableFuture;

/** One open WebSocket connection. Sends may be called from any thread; they are written in call order. */
public interface ChatSocket {

    /** Writes one text message; completes when it has been handed to the network. */
    CompletableFuture<Void> sendText(String text);

    /** Sends a WebSocket Ping frame. */
    CompletableFuture<Void> sendPing();

    /** Starts a clean close with a close frame. */
    void close(int code, String reason);

    /** Drops the connection at once, without a close handshake. */
    void abort();
}
