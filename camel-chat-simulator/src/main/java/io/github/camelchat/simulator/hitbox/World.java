package io.github.camelchat.simulator.hitbox;

import java.util.function.Function;

import io.vertx.core.Future;

/**
 * What every request handler works on: the channels, who can log in, the sockets, the message shapes, presence, the
 * records and the options, plus the server's disconnect ({@code 0::}, then close). Loop-confined.
 */
record World(Channels channels, Directory directory, Outbox out, Messages messages, Presence presence,
             Records records, HitboxSimulatorOptions options, Function<HitboxConnection, Future<Void>> disconnect) {

    /** The connection's member, when it has joined a channel as a registered user (guests may not do much). */
    static Member registered(HitboxConnection c) {
        if (!c.joined()) {
            return null;
        }
        Member member = c.member();
        return member.guest() ? null : member;
    }

    /** Someone by name as this channel sees them: a present member first, then an account or viewer. */
    Member resolve(ChatRoom room, String name) {
        for (Member m : room.members()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return room.member(directory.lookup(name));
    }
}
