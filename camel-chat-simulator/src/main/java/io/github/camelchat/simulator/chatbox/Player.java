package io.github.camelchat.simulator.chatbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * An in-game player as the chatbox user object describes it. Immutable: the simulator keeps the current state of each
 * player (world, AFK) and uses it for events; pass any version of the record, only its UUID identifies the player.
 *
 * @param linkedUser the linked Discord account, or null
 */
public record Player(String name, UUID uuid, String displayName, String group, String pronouns, String world,
                     boolean afk, boolean alt, boolean bot, int supporter, DiscordUser linkedUser) {

    public static final String OVERWORLD = "minecraft:overworld";

    public Player {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uuid, "uuid");
        displayName = displayName == null ? name : displayName;
        group = group == null ? "default" : group;
    }

    /**
     * A default player whose UUID is the offline-mode UUID of the name: random-looking, but the same in every run,
     * so test output stays comparable.
     */
    public static Player named(String name) {
        UUID uuid = UUID.nameUUIDFromBytes(("OfflinePlayer:" + name).getBytes(StandardCharsets.UTF_8));
        return new Player(name, uuid, name, "default", null, OVERWORLD, false, false, false, 0, null);
    }

    public Player withDisplayName(String value) {
        return new Player(name, uuid, value, group, pronouns, world, afk, alt, bot, supporter, linkedUser);
    }

    public Player withGroup(String value) {
        return new Player(name, uuid, displayName, value, pronouns, world, afk, alt, bot, supporter, linkedUser);
    }

    public Player withPronouns(String value) {
        return new Player(name, uuid, displayName, group, value, world, afk, alt, bot, supporter, linkedUser);
    }

    public Player withWorld(String value) {
        return new Player(name, uuid, displayName, group, pronouns, value, afk, alt, bot, supporter, linkedUser);
    }

    public Player withAfk(boolean value) {
        return new Player(name, uuid, displayName, group, pronouns, world, value, alt, bot, supporter, linkedUser);
    }

    public Player withAlt(boolean value) {
        return new Player(name, uuid, displayName, group, pronouns, world, afk, value, bot, supporter, linkedUser);
    }

    public Player withBot(boolean value) {
        return new Player(name, uuid, displayName, group, pronouns, world, afk, alt, value, supporter, linkedUser);
    }

    public Player withSupporter(int value) {
        return new Player(name, uuid, displayName, group, pronouns, world, afk, alt, bot, value, linkedUser);
    }

    public Player withLinkedUser(DiscordUser value) {
        return new Player(name, uuid, displayName, group, pronouns, world, afk, alt, bot, supporter, value);
    }
}
