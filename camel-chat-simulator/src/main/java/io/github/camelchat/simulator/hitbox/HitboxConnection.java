package io.github.camelchat.simulator.hitbox;

import io.github.camelchat.simulator.SimulatorConnection;
import io.vertx.core.http.ServerWebSocket;

/** One Socket.IO session over a WebSocket, and the channel it logged in to. Loop-confined. */
final class HitboxConnection extends SimulatorConnection {

    final String sid;
    /** The channel of the one joinChannel this socket may make, or null before it. */
    ChatRoom room;
    /** The logged-in account's name and base role, or a guest. */
    Member identity = Member.unknownSoldier();
    boolean notify;
    /** Heartbeat state: the pending send, and the echo wait once a {@code 2::} went out. */
    long heartbeatTimer = -1;
    long echoTimer = -1;

    HitboxConnection(ServerWebSocket socket, String sid) {
        super(socket);
        this.sid = sid;
    }

    /** The member as its channel sees it now (moderator rights can change while it is connected). */
    Member member() {
        return room == null ? identity : room.member(identity);
    }

    boolean joined() {
        return room != null;
    }
}
