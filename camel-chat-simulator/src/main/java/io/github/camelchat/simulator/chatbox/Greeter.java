package io.github.camelchat.simulator.chatbox;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;

/**
 * What a socket gets right after the open checks. RCC registers the players listener (SolsticeEvents) before the
 * hello sender (ChatboxEvents), so a read license gets players, then any pending restart notice, then hello.
 * Loop-confined.
 */
final class Greeter {

    private final PlayerDirectory players;
    private final WireUsers users;
    private final Broadcaster out;
    private final GameEvents events;
    private final RestartSchedule restarts;
    private final boolean helloFirst;

    Greeter(PlayerDirectory players, WireUsers users, Broadcaster out, GameEvents events, RestartSchedule restarts,
            boolean helloFirst) {
        this.players = players;
        this.users = users;
        this.out = out;
        this.events = events;
        this.restarts = restarts;
        this.helloFirst = helloFirst;
    }

    Future<Void> greet(ChatboxConnection connection, LicenseBook.Entry license) {
        List<Future<Void>> writes = new ArrayList<>();
        if (helloFirst) {
            writes.add(out.send(connection, hello(license)));
        }
        if (license.has(Capability.READ)) {
            writes.add(out.send(connection, events.playersPacket(players.online())));
            writes.add(restarts.greet(connection));
        }
        if (!helloFirst) {
            writes.add(out.send(connection, hello(license)));
        }
        return Future.all(writes).mapEmpty();
    }

    private Packets.Hello hello(LicenseBook.Entry license) {
        List<String> capabilities = new ArrayList<>();
        // RCC streams a HashSet, so the order is unspecified; enum order keeps test output stable.
        for (Capability c : Capability.values()) {
            if (license.has(c)) {
                capabilities.add(c.wireName());
            }
        }
        if (license.guest()) {
            return new Packets.Hello(true, null, null, capabilities);
        }
        Player owner = players.get(license.ownerId);
        WireUsers.User ownerUser = players.isOnline(owner.uuid()) ? users.online(owner) : users.offline(owner, true);
        // RCC keeps this on the license and reuses it as the user of chat_chatbox.
        license.ownerUser = ownerUser;
        return new Packets.Hello(false, owner.displayName(), ownerUser, capabilities);
    }
}
