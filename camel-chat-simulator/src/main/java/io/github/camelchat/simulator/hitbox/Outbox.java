package io.github.camelchat.simulator.hitbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open sockets and every way the server writes to them. Each returned future completes when the frames are
 * flushed (never fails: a socket closing under a broadcast is not the caller's problem). Loop-confined.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Map<ServerWebSocket, HitboxConnection> open = new LinkedHashMap<>();
    private final MessageWriter writer;

    Outbox(MessageWriter writer) {
        this.writer = writer;
    }

    void add(HitboxConnection connection) {
        open.put(connection.socket, connection);
    }

    HitboxConnection remove(ServerWebSocket socket) {
        return open.remove(socket);
    }

    Collection<HitboxConnection> connections() {
        return List.copyOf(open.values());
    }

    int size() {
        return open.size();
    }

    /** Sockets logged in under this name, in any channel. */
    List<HitboxConnection> named(String name) {
        return open.values().stream()
                .filter(c -> c.joined() && !c.identity.guest() && c.identity.name().equalsIgnoreCase(name))
                .toList();
    }

    Future<Void> send(HitboxConnection connection, ServerMessage message) {
        return sendFrame(connection, writer.frame(message));
    }

    Future<Void> sendFrame(HitboxConnection connection, String frame) {
        if (connection.closed()) {
            return Future.succeededFuture();
        }
        LOG.trace("-> {} {}", connection.sid, frame);
        try {
            return connection.socket.writeTextMessage(frame).otherwiseEmpty();
        } catch (IllegalStateException closedMeanwhile) {
            return Future.succeededFuture();
        }
    }

    /** To every socket in the channel for which the filter holds. */
    Future<Void> toRoom(ChatRoom room, ServerMessage message, Predicate<HitboxConnection> filter) {
        String frame = writer.frame(message);
        List<Future<Void>> writes = new ArrayList<>();
        for (HitboxConnection c : room.sockets()) {
            if (filter.test(c)) {
                writes.add(sendFrame(c, frame));
            }
        }
        return Future.all(writes).mapEmpty();
    }

    Future<Void> toRoom(ChatRoom room, ServerMessage message) {
        return toRoom(room, message, c -> true);
    }

    /** To the channel's moderators and admins. */
    Future<Void> toStaff(ChatRoom room, ServerMessage message) {
        return toRoom(room, message, c -> c.member().role().moderates());
    }

    /** To the channel's admins: the chatLog audience (broadcaster and editors). */
    Future<Void> toAdmins(ChatRoom room, ServerMessage message) {
        return toRoom(room, message, c -> c.member().role() == Role.ADMIN);
    }

    Future<Void> toAll(String frame, Predicate<HitboxConnection> filter) {
        List<Future<Void>> writes = new ArrayList<>();
        for (HitboxConnection c : connections()) {
            if (filter.test(c)) {
                writes.add(sendFrame(c, frame));
            }
        }
        return Future.all(writes).mapEmpty();
    }
}
