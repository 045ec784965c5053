package io.github.camelchat.simulator.hitbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code joinChannel} and {@code partChannel}. Loop-confined. */
final class Logins {

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    private final World world;

    Logins(World world) {
        this.world = world;
    }

    /**
     * Logs the socket in: {@code loginMsg}, the backlog (unless {@code hideBuffered}), the sticky message, a running
     * poll and raffle. Bad credentials make a guest, never an error. One channel per socket: a joinChannel for
     * another channel is ignored (the client sees no loginMsg); one for the same channel logs in again.
     */
    void join(HitboxConnection c, ClientMessage m) {
        String channel = m.channel();
        if (channel == null || channel.isEmpty()) {
            return;
        }
        ChatRoom room = world.channels().room(channel);
        if (c.room != null && c.room != room) {
            LOG.debug("Sid {} is in {} already; ignoring its joinChannel for {}", c.sid, c.room.name, room.name);
            return;
        }
        String token = m.text("token");
        Member identity = world.directory().login(m.text("name"), token);
        LOG.debug("Sid {} joins {} as {} ({}, token {})", c.sid, room.name, identity.name(),
                identity.role().wireName(), Tokens.mask(token));
        if (c.room == room) {
            room.remove(c);
        }
        c.identity = identity;
        c.notify = m.flag("notify");
        world.presence().enter(room, c);

        Member member = c.member();
        Outbox out = world.out();
        Messages messages = world.messages();
        out.send(c, messages.loginMsg(room.name, member));
        if (!m.flag("hideBuffered")) {
            List<Post> backlog = room.backlog();
            for (int i = 0; i < backlog.size(); i++) {
                out.send(c, messages.chatMsg(backlog.get(i), true, i == backlog.size() - 1));
            }
        }
        if (room.motd != null) {
            out.send(c, messages.motdMsg(room.name, room.motd));
        }
        if (room.poll != null) {
            out.send(c, messages.pollMsg(room.name, room.poll));
        }
        if (room.raffle != null) {
            out.send(c, messages.raffleMsg(room.name, room.raffle, member.role() == Role.ADMIN));
        }
        if (!member.guest() && room.banned(member.name())) {
            out.send(c, messages.infoMsg(room.name, Moderation.BANNED_TEXT, "ban"));
        }
    }

    /** No answer: the server closes the socket. */
    void part(HitboxConnection c) {
        world.presence().leave(c);
        c.room = null;
        world.disconnect().apply(c);
    }
}
