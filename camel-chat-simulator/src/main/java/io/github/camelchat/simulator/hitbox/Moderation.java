package io.github.camelchat.simulator.hitbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation methods. The requester's role comes from its login, not from the {@code token} in the params;
 * anyone without the right role is ignored (the server sends no errors), and nobody acts on an equal or higher role.
 * Broadcaster and editors (admins) see a {@code chatLog} line of each action. Loop-confined.
 */
final class Moderation {

    private static final Logger LOG = LoggerFactory.getLogger(Moderation.class);
    /** The text a banned user gets (hitbox-chat-lib leaves the channel when it sees exactly this). */
    static final String BANNED_TEXT = "You are banned from this channel.";

    private final World world;

    Moderation(World world) {
        this.world = world;
    }

    private static Member moderator(HitboxConnection c) {
        Member member = World.registered(c);
        return member != null && member.role().moderates() ? member : null;
    }

    private static String user(String name) {
        return "<user>" + name + "</user>";
    }

    /** A time-out: the target hears it was kicked and is disconnected; it may rejoin but not chat until it ends. */
    void kick(HitboxConnection c, ClientMessage m) {
        Member mod = moderator(c);
        String name = m.text("name");
        if (mod == null || name == null) {
            return;
        }
        ChatRoom room = c.room;
        Member target = world.resolve(room, name);
        if (!mod.outranks(target)) {
            return;
        }
        long seconds = Math.max(0, m.number("timeout", 0));
        if (seconds > 0) {
            room.timeOut(target.name(), System.nanoTime() + seconds * 1_000_000_000L);
        }
        String span = seconds > 0 ? " for " + seconds + " seconds" : "";
        LOG.debug("{} kicks {} from {}{}", mod.name(), target.name(), room.name, span);
        Outbox out = world.out();
        Messages messages = world.messages();
        for (HitboxConnection victim : room.sockets()) {
            if (!victim.identity.guest() && victim.identity.name().equalsIgnoreCase(target.name())) {
                out.send(victim, messages.infoMsg(room.name, "You have been kicked from this channel" + span + ".",
                        "kicked")).onComplete(v -> world.disconnect().apply(victim));
            }
        }
        Viewer viewer = world.directory().isViewer(target.name()) ? world.directory().viewer(target.name()) : null;
        if (viewer != null) {
            world.presence().leave(room, viewer);
        }
        out.toStaff(room, messages.infoMsg(room.name, target.name() + " has been kicked" + span + ".", "kickUser"));
        out.toAdmins(room, messages.chatLog(room.name, user(mod.name()) + " kicked " + user(target.name()) + span));
    }

    /** A ban stops the user from chatting; an IP ban (admins only) also disconnects it. */
    void ban(HitboxConnection c, ClientMessage m) {
        Member mod = moderator(c);
        String name = m.text("name");
        if (mod == null || name == null) {
            return;
        }
        ChatRoom room = c.room;
        Member target = world.resolve(room, name);
        if (!mod.outranks(target)) {
            return;
        }
        boolean byIp = m.flag("banIP") && mod.role() == Role.ADMIN;
        room.ban(target.name());
        LOG.debug("{} bans {} from {}{}", mod.name(), target.name(), room.name, byIp ? " by IP" : "");
        Outbox out = world.out();
        Messages messages = world.messages();
        out.toRoom(room, messages.infoMsg(room.name, target.name() + " has been banned from chat.", "ban"),
                other -> !isNamed(other, target.name()));
        for (HitboxConnection victim : room.sockets()) {
            if (isNamed(victim, target.name())) {
                Future<Void> told = out.send(victim, messages.infoMsg(room.name, BANNED_TEXT, "ban"));
                if (byIp) {
                    told.onComplete(v -> world.disconnect().apply(victim));
                }
            }
        }
        out.toStaff(room, messages.banList(room.name, room.bans()));
        out.toAdmins(room, messages.chatLog(room.name, user(mod.name()) + (byIp ? " IP-banned " : " banned ")
                + user(target.name())));
    }

    void unban(HitboxConnection c, ClientMessage m) {
        Member mod = moderator(c);
        String name = m.text("name");
        if (mod == null || name == null || !c.room.unban(name)) {
            return;
        }
        ChatRoom room = c.room;
        Outbox out = world.out();
        Messages messages = world.messages();
        out.toStaff(room, messages.infoMsg(room.name, name + " has been unbanned.", ""));
        out.toStaff(room, messages.banList(room.name, room.bans()));
        out.toAdmins(room, messages.chatLog(room.name, user(mod.name()) + " unbanned " + user(name)));
    }

    /** Admins only; the channel hears it with {@code action:"isAdmin"}. */
    void mod(HitboxConnection c, ClientMessage m, boolean make) {
        Member admin = World.registered(c);
        String name = m.text("name");
        if (admin == null || admin.role() != Role.ADMIN || name == null || name.isBlank()) {
            return;
        }
        ChatRoom room = c.room;
        if (make) {
            room.makeMod(name);
        } else {
            room.removeMod(name);
        }
        String text = make ? name + " is now a moderator." : name + " is no longer a moderator.";
        world.out().toRoom(room, world.messages().infoMsg(room.name, text, "isAdmin"));
        world.out().toAdmins(room, world.messages().chatLog(room.name, user(admin.name())
                + (make ? " made " + user(name) + " a moderator" : " removed " + user(name) + " as a moderator")));
    }

    /**
     * {@code {time}} sets slow mode (0 ends it), {@code {subscriber}} switches subscriber-only mode. Only one of the
     * two can be on: turning one on while the other is on is ignored, as the docs say.
     */
    void slowMode(HitboxConnection c, ClientMessage m) {
        Member mod = moderator(c);
        if (mod == null) {
            return;
        }
        ChatRoom room = c.room;
        ServerMessage notice;
        if (m.params().has("subscriber")) {
            boolean on = m.flag("subscriber");
            if (on && room.slowSeconds > 0) {
                return;
            }
            room.subscriberOnly = on;
            notice = world.messages().slowMsg(room.name, on ? "Subscriber-only mode enabled."
                    : "Subscriber-only mode disabled.", null);
        } else {
            int seconds = (int) Math.max(0, Math.min(Integer.MAX_VALUE, m.number("time", 0)));
            if (seconds > 0 && room.subscriberOnly) {
                return;
            }
            room.slowSeconds = seconds;
            notice = world.messages().slowMsg(room.name, seconds > 0
                    ? "Slow mode enabled: one message every " + seconds + " seconds." : "Slow mode disabled.", seconds);
        }
        world.out().toRoom(room, notice);
    }

    /** The sticky message; empty text removes it (the channel still hears the empty one). */
    void motd(HitboxConnection c, ClientMessage m) {
        Member mod = moderator(c);
        if (mod == null) {
            return;
        }
        String text = m.text("text");
        world.out().toRoom(c.room, setMotd(c.room, mod, m.text("nameColor"), text == null ? "" : text));
    }

    ServerMessage setMotd(ChatRoom room, Member by, String nameColor, String text) {
        String image = by.has(UserFlag.OWNER) ? "/static/img/channel/" + room.name + "_small.png" : null;
        ServerMessage message = world.messages().motd(room.name, by.name(),
                nameColor == null ? ChatPosting.DEFAULT_COLOR : nameColor, text, image);
        ObjectNode params = message.params().deepCopy();
        room.motd = text.isEmpty() ? null : params;
        return message;
    }

    private static boolean isNamed(HitboxConnection c, String name) {
        return !c.identity.guest() && c.identity.name().equalsIgnoreCase(name);
    }
}
