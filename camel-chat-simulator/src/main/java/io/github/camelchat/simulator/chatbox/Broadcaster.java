package io.github.camelchat.simulator.chatbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;

/**
 * The open sockets and every way RCC writes to them. Each returned future completes when the frames are flushed
 * (never fails: a socket closing under a broadcast is not the caller's problem), so the test API can wait for them.
 * Loop-confined.
 */
final class Broadcaster {

    private final Map<ServerWebSocket, ChatboxConnection> open = new LinkedHashMap<>();
    private final PacketWriter writer;
    private final LicenseBook licenses;

    Broadcaster(PacketWriter writer, LicenseBook licenses) {
        this.writer = writer;
        this.licenses = licenses;
    }

    void add(ChatboxConnection connection) {
        open.put(connection.socket, connection);
    }

    ChatboxConnection remove(ServerWebSocket socket) {
        return open.remove(socket);
    }

    Collection<ChatboxConnection> connections() {
        return List.copyOf(open.values());
    }

    int size() {
        return open.size();
    }

    boolean has(ChatboxConnection connection, Capability capability) {
        LicenseBook.Entry license = licenses.get(connection.licenseId);
        return license != null && license.has(capability);
    }

    Future<Void> send(ChatboxConnection connection, ServerPacket packet) {
        return sendText(connection, writer.write(packet));
    }

    Future<Void> sendText(ChatboxConnection connection, String text) {
        if (connection.closed()) {
            return Future.succeededFuture();
        }
        try {
            return connection.socket.writeTextMessage(text).otherwiseEmpty();
        } catch (IllegalStateException closedMeanwhile) {
            return Future.succeededFuture();
        }
    }

    /** RCC's broadcastEvent: every socket whose license has the capability, or every socket for null. */
    Future<Void> toCapability(ServerPacket packet, Capability capability) {
        return toAll(writer.write(packet), c -> capability == null || has(c, capability));
    }

    /** RCC's broadcastOwnerEvent: only sockets of licenses owned by that player. */
    Future<Void> toOwner(ServerPacket packet, Capability capability, UUID ownerId) {
        return toAll(writer.write(packet), c -> {
            LicenseBook.Entry license = licenses.get(c.licenseId);
            return license != null && license.ownerId.equals(ownerId) && license.has(capability);
        });
    }

    Future<Void> toAll(String text, Predicate<ChatboxConnection> filter) {
        List<Future<Void>> writes = new ArrayList<>();
        for (ChatboxConnection c : connections()) {
            if (filter.test(c)) {
                writes.add(sendText(c, text));
            }
        }
        return Future.all(writes).mapEmpty();
    }
}
