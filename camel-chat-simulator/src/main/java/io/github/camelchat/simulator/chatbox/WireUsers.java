package io.github.camelchat.simulator.chatbox;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Builds user objects the way RCC's {@code User} and {@code DiscordUser} factories do. Which fields are filled depends
 * on the factory RCC calls: an online player has a world, an offline one ({@code tryGet}) has none and is never AFK,
 * and only some call sites resolve the linked Discord account.
 */
final class WireUsers {

    record User(String type, String name, String uuid, String displayName, String group, String pronouns,
                String world, boolean afk, boolean alt, boolean bot, int supporter, DiscordUserObject linkedUser) {
    }

    record DiscordUserObject(String type, String id, String name, String displayName, String discriminator,
                             String avatar, List<DiscordRole> roles, User linkedUser) {
    }

    private final Function<UUID, Player> players;

    /** @param players current state of a player by UUID, or null when unknown */
    WireUsers(Function<UUID, Player> players) {
        this.players = players;
    }

    /** {@code User.create(player)}: events. */
    User online(Player p) {
        return new User("ingame", p.name(), p.uuid().toString(), p.displayName(), p.group(), p.pronouns(), p.world(),
                p.afk(), p.alt(), p.bot(), p.supporter(), null);
    }

    /** {@code User.create(player, true)}: the players packet. */
    User onlineWithDiscord(Player p) {
        return new User("ingame", p.name(), p.uuid().toString(), p.displayName(), p.group(), p.pronouns(), p.world(),
                p.afk(), p.alt(), p.bot(), p.supporter(), discord(p.linkedUser(), false));
    }

    /** {@code User.tryGet(uuid, resolveDiscord)}: an owner who is not online, or a Discord user's linked player. */
    User offline(Player p, boolean resolveDiscord) {
        return new User("ingame", p.displayName(), p.uuid().toString(), p.displayName(), p.group(), p.pronouns(), null,
                false, p.alt(), p.bot(), p.supporter(), resolveDiscord ? discord(p.linkedUser(), false) : null);
    }

    /** {@code DiscordUser.fromMember(member, resolveLinkedUser)}. */
    DiscordUserObject discord(DiscordUser d, boolean resolveLinkedUser) {
        if (d == null) {
            return null;
        }
        User linked = null;
        if (resolveLinkedUser && d.linkedPlayer() != null) {
            Player p = players.apply(d.linkedPlayer());
            linked = p == null ? null : offline(p, false);
        }
        return new DiscordUserObject("discord", d.id(), d.name(), d.displayName(), d.discriminator(), d.avatar(),
                d.roles(), linked);
    }
}
