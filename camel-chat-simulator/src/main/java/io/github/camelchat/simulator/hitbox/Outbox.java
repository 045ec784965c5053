package io.github.camelchat.simulator.hitbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.github.camelchat.simulator.OpenSockets;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The open sockets and every way the server writes to them (see {@link OpenSockets}). Loop-confined. */
final class Outbox extends OpenSockets<HitboxConnection> {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final MessageWriter writer;

    Outbox(MessageWriter writer) {
        this.writer = writer;
    }

    /** Sockets logged in under this name, in any channel. */
    List<HitboxConnection> named(String name) {
        return connections().stream()
                .filter(c -> c.joined() && !c.identity.guest() && c.identity.name().equalsIgnoreCase(name))
                .toList();
    }

    Future<Void> send(HitboxConnection connection, ServerMessage message) {
        return sendText(connection, writer.frame(message));
    }

    @Override
    public Future<Void> sendText(HitboxConnection connection, String frame) {
        if (!connection.closed()) {
            LOG.trace("-> {} {}", connection.sid, frame);
        }
        return super.sendText(connection, frame);
    }

    /** To every socket in the channel for which the filter holds. */
    Future<Void> toRoom(ChatRoom room, ServerMessage message, Predicate<HitboxConnection> filter) {
        String frame = writer.frame(message);
        List<Future<Void>> writes = new ArrayList<>();
        for (HitboxConnection c : room.sockets()) {
            if (filter.test(c)) {
                writes.add(sendText(c, frame));
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
}
