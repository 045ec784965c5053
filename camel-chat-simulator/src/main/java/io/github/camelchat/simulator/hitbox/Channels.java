package io.github.camelchat.simulator.hitbox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Every channel that has been used, by lower-case name. Loop-confined. */
final class Channels {

    private final Map<String, ChatRoom> rooms = new LinkedHashMap<>();
    private final int backlogSize;

    Channels(int backlogSize) {
        this.backlogSize = backlogSize;
    }

    /** The docs tell clients to send lower case; the simulator lower-cases whatever it gets, and answers in it. */
    static String normalise(String channel) {
        return channel.trim().toLowerCase(Locale.ROOT);
    }

    ChatRoom room(String channel) {
        return rooms.computeIfAbsent(normalise(channel), name -> new ChatRoom(name, backlogSize));
    }

    /** A restart forgets the sockets but not the channels' settings, bans or backlog (they live in redis). */
    void forgetPresence() {
        rooms.values().forEach(ChatRoom::forgetSockets);
    }
}
