package io.github.camelchat.simulator.chatbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A Discord user as {@code chat_discord} describes it. The id is a string snowflake, as on the wire.
 *
 * @param avatar       avatar URL, or null (then left out on the wire)
 * @param linkedPlayer UUID of the linked Minecraft player, or null
 */
public record DiscordUser(String id, String name, String displayName, String discriminator, String avatar,
                          List<DiscordRole> roles, UUID linkedPlayer) {

    public DiscordUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        displayName = displayName == null ? name : displayName;
        discriminator = discriminator == null ? "0" : discriminator;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A user with a snowflake derived from the name, so that the same name always has the same id. */
    public static DiscordUser named(String name) {
        long hash = UUID.nameUUIDFromBytes(("discord:" + name).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits() & 0x7fffffffffffL;
        return new DiscordUser(Long.toString(100_000_000_000_000_000L + hash), name, name, "0", null, List.of(), null);
    }

    public DiscordUser withLinkedPlayer(UUID player) {
        return new DiscordUser(id, name, displayName, discriminator, avatar, roles, player);
    }

    public DiscordUser withRoles(List<DiscordRole> value) {
        return new DiscordUser(id, name, displayName, discriminator, avatar, value, linkedPlayer);
    }
}
