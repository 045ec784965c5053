package io.github.camelchat.simulator.hitbox;

/** {@code getChannelUserList}, {@code getChannelUser} and {@code mediaLog}: answers for registered users only. */
final class Queries {

    private final World world;

    Queries(World world) {
        this.world = world;
    }

    /** Guests get nothing. Moderators also get the ban list when there is one, as the docs say. */
    void userList(HitboxConnection c) {
        Member member = World.registered(c);
        if (member == null) {
            return;
        }
        ChatRoom room = c.room;
        world.out().send(c, world.messages().userList(room.name, room.members(), room.guests()));
        if (member.role().moderates() && !room.bans().isEmpty()) {
            world.out().send(c, world.messages().banList(room.name, room.bans()));
        }
    }

    void userInfo(HitboxConnection c, ClientMessage m) {
        String name = m.text("name");
        if (World.registered(c) == null || name == null || name.isBlank()) {
            return;
        }
        ChatRoom room = c.room;
        Member who = world.resolve(room, name);
        world.out().send(c, world.messages().userInfo(room.name, who, room.banned(name)));
    }

    void mediaLog(HitboxConnection c, ClientMessage m) {
        if (World.registered(c) == null) {
            return;
        }
        String type = m.text("type");
        world.out().send(c, world.messages().mediaLog(c.room.name, type == null ? "image" : type, c.room.media()));
    }
}
