package io.github.camelchat.common.transport;

import java.util.concurrent.CompletableFuture;

/**
 * The seam between the session core and the network, so the core can be tested with a fake and a second transport
 * (for instance Vert.x) can be added without touching the sessions.
 */
public interface ChatTransport {

    /**
     * Opens a WebSocket. The future fails when the TCP connect or the upgrade fails; after it completes, everything
     * the socket does is reported to {@code listener}.
     */
    CompletableFuture<ChatSocket> open(ConnectRequest request, SocketListener listener);
}
