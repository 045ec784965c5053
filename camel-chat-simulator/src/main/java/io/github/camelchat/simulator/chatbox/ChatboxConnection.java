package io.github.camelchat.simulator.chatbox;

import java.util.UUID;

import io.github.camelchat.simulator.SimulatorConnection;
import io.vertx.core.http.ServerWebSocket;

/** One accepted socket and the license it authenticated with. Loop-confined. */
final class ChatboxConnection extends SimulatorConnection {

    final UUID licenseId;
    /** The key as the client wrote it ({@code guest} for guests): the key of {@code received(...)}. */
    final String licenseKey;
    final boolean guest;

    ChatboxConnection(ServerWebSocket socket, UUID licenseId, String licenseKey, boolean guest) {
        super(socket);
        this.licenseId = licenseId;
        this.licenseKey = licenseKey;
        this.guest = guest;
    }
}
