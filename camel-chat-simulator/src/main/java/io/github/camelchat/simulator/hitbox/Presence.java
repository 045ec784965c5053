package io.github.camelchat.simulator.hitbox;

import io.vertx.core.Future;

/**
 * Who is in which channel, for sockets and scripted viewers alike, and the {@code notifyMsg{join|part}} that sockets
 * which joined with {@code notify:true} get about everyone else (guests are nobody in particular: no notice).
 * Loop-confined.
 */
final class Presence {

    private final Outbox out;
    private final Messages messages;

    Presence(Outbox out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    Future<Void> enter(ChatRoom room, HitboxConnection c) {
        boolean alreadyThere = room.members().stream().anyMatch(m -> m.name().equalsIgnoreCase(c.identity.name()));
        c.room = room;
        room.add(c);
        return c.identity.guest() || alreadyThere ? Future.succeededFuture()
                : notifyOthers(room, "join", c.identity.name(), c);
    }

    /** The socket leaves its channel (part, kick or close); others hear of it once the name has no socket left. */
    Future<Void> leave(HitboxConnection c) {
        ChatRoom room = c.room;
        if (room == null || !room.remove(c) || c.identity.guest()) {
            return Future.succeededFuture();
        }
        boolean stillThere = room.members().stream().anyMatch(m -> m.name().equalsIgnoreCase(c.identity.name()));
        return stillThere ? Future.succeededFuture() : notifyOthers(room, "part", c.identity.name(), c);
    }

    Future<Void> enter(ChatRoom room, Viewer viewer) {
        boolean alreadyThere = room.members().stream().anyMatch(m -> m.name().equalsIgnoreCase(viewer.name()));
        room.addViewer(viewer);
        return alreadyThere ? Future.succeededFuture() : notifyOthers(room, "join", viewer.name(), null);
    }

    Future<Void> leave(ChatRoom room, Viewer viewer) {
        if (room.removeViewer(viewer.name()) == null) {
            return Future.succeededFuture();
        }
        boolean stillThere = room.members().stream().anyMatch(m -> m.name().equalsIgnoreCase(viewer.name()));
        return stillThere ? Future.succeededFuture() : notifyOthers(room, "part", viewer.name(), null);
    }

    private Future<Void> notifyOthers(ChatRoom room, String field, String name, HitboxConnection subject) {
        return out.toRoom(room, messages.notifyMsg(room.name, field, name), c -> c.notify && c != subject);
    }
}
