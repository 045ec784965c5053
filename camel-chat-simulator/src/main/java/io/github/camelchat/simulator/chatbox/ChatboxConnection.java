package io.github.camelchat.simulator.chatbox;

import java.util.UUID;

import io.vertx.core.http.ServerWebSocket;

/** One accepted socket and the license it authenticated with. Loop-confined. */
final class ChatboxConnection {

    final ServerWebSocket socket;
    final UUID licenseId;
    /** The key as the client wrote it ({@code guest} for guests): the key of {@code received(...)}. */
    final String licenseKey;
    final boolean guest;
    private boolean closed;

    ChatboxConnection(ServerWebSocket socket, UUID licenseId, String licenseKey, boolean guest) {
        this.socket = socket;
        this.licenseId = licenseId;
        this.licenseKey = licenseKey;
        this.guest = guest;
    }

    void markClosed() {
        closed = true;
    }

    /** Also true once a close has started, which is when Java-WebSocket stops accepting sends too. */
    boolean closed() {
        return closed || socket.isClosed();
    }
}
