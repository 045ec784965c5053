package io.github.camelchat.simulator.chatbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Known players and who is online, in join order. Written on the loop; the map is concurrent for cheap reads. */
final class PlayerDirectory {

    private final Map<UUID, Player> players = new ConcurrentHashMap<>();
    private final Set<UUID> online = new LinkedHashSet<>();

    /** The player of that name (exact match first), created with defaults when unknown. */
    Player named(String name) {
        for (Player p : players.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        Player created = Player.named(name);
        return players.merge(created.uuid(), created, (old, ignored) -> old);
    }

    /** Adds or replaces a player's state. */
    Player put(Player player) {
        players.put(player.uuid(), player);
        return player;
    }

    /** The current state of a player, registering the given version when the UUID is new. */
    Player current(Player player) {
        return players.computeIfAbsent(player.uuid(), u -> player);
    }

    Player get(UUID uuid) {
        return players.get(uuid);
    }

    Player update(Player player, UnaryOperator<Player> change) {
        return players.compute(player.uuid(), (u, old) -> change.apply(old == null ? player : old));
    }

    void setOnline(UUID uuid, boolean isOnline) {
        if (isOnline) {
            online.add(uuid);
        } else {
            online.remove(uuid);
        }
    }

    boolean isOnline(UUID uuid) {
        return online.contains(uuid);
    }

    List<Player> online() {
        List<Player> list = new ArrayList<>(online.size());
        for (UUID uuid : online) {
            list.add(players.get(uuid));
        }
        return list;
    }

    /** RCC's tell lookup: a UUID string is looked up by UUID only, anything else by name ignoring case. */
    Optional<Player> findOnline(String user) {
        UUID uuid = parseUuid(user);
        if (uuid != null) {
            return online.contains(uuid) ? Optional.of(players.get(uuid)) : Optional.empty();
        }
        String lower = user.toLowerCase(Locale.ROOT);
        for (UUID u : online) {
            Player p = players.get(u);
            if (p.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
