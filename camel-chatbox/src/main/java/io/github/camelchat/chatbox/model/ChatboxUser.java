package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A user as sent by the chatbox server: either an in-game player ({@code type} {@code ingame}) or a Discord user
 * ({@code type} {@code discord}). Fields that do not apply to the kind of user, or that the server left out, are
 * {@code null}; booleans are boxed so that "absent" differs from {@code false}.
 *
 * @param type          {@code ingame} or {@code discord}
 * @param name          the player name / Discord user name
 * @param uuid          the player UUID (in-game only)
 * @param displayName   the name as shown in chat (may differ from {@code name})
 * @param group         the rank of the player, e.g. {@code default} or {@code admin} (in-game only)
 * @param pronouns      the pronouns chosen by the player, if any (in-game only)
 * @param world         the world the player is in, e.g. {@code minecraft:overworld} (in-game only)
 * @param afk           whether the player is AFK (in-game only)
 * @param alt           whether the player is an alt account (in-game only)
 * @param bot           whether the player is a bot account (in-game only)
 * @param supporter     the public supporter tier, 0 to 3 (in-game only)
 * @param id            the Discord user snowflake, as a string (Discord only)
 * @param discriminator the Discord discriminator (Discord only)
 * @param avatar        the Discord avatar URL (Discord only)
 * @param roles         the Discord roles (Discord only)
 * @param linkedUser    the linked account of the other kind (a Discord user for a player and vice versa), if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatboxUser(
        String type,
        String name,
        String uuid,
        String displayName,
        String group,
        String pronouns,
        String world,
        Boolean afk,
        Boolean alt,
        Boolean bot,
        Integer supporter,
        String id,
        String discriminator,
        String avatar,
        List<DiscordRole> roles,
        ChatboxUser linkedUser) {

    /** The {@code type} of an in-game player. */
    public static final String TYPE_INGAME = "ingame";
    /** The {@code type} of a Discord user. */
    public static final String TYPE_DISCORD = "discord";

    public ChatboxUser {
        roles = ModelLists.copy(roles);
    }

    /** A minimal in-game player (for tests and simulators). */
    public static ChatboxUser ingame(String name, String uuid) {
        return new ChatboxUser(TYPE_INGAME, name, uuid, name, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** A minimal Discord user (for tests and simulators). */
    public static ChatboxUser discord(String id, String name) {
        return new ChatboxUser(TYPE_DISCORD, name, null, name, null, null, null, null, null, null, null,
                id, null, null, null, null);
    }

    /** Whether this is an in-game player ({@code type} is {@code ingame}). */
    @JsonIgnore
    public boolean isIngame() {
        return TYPE_INGAME.equals(type);
    }

    /** Whether this is a Discord user ({@code type} is {@code discord}). */
    @JsonIgnore
    public boolean isDiscord() {
        return TYPE_DISCORD.equals(type);
    }

    /** The display name if present, otherwise the name. */
    public String effectiveName() {
        return displayName != null && !displayName.isEmpty() ? displayName : name;
    }
}
