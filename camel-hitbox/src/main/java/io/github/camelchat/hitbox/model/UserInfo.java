package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * {@code userInfo}: the answer to {@code getChannelUser}. For a banned user the role is {@code banned}, the flags
 * are missing and {@code banned} is {@code true}.
 *
 * @param channel      the channel
 * @param name         the user
 * @param timestamp    when
 * @param role         the role ({@link HitboxRoles}), {@code banned} for a banned user
 * @param isFollower   whether the user follows the channel
 * @param isSubscriber whether the user subscribes to it
 * @param isOwner      whether the user owns it
 * @param isStaff      whether the user is hitbox staff
 * @param isCommunity  whether the user is an ambassador
 * @param banned       {@code true} for a banned user
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserInfo(String channel, String name, @IsoInstant Instant timestamp, String role,
                       @JsonProperty("isFollower") Boolean isFollower,
                       @JsonProperty("isSubscriber") Boolean isSubscriber,
                       @JsonProperty("isOwner") Boolean isOwner,
                       @JsonProperty("isStaff") Boolean isStaff,
                       @JsonProperty("isCommunity") Boolean isCommunity,
                       Boolean banned) implements HitboxMessage {

    public static final String METHOD = "userInfo";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether the user is banned ({@code banned:true} or role {@code banned}). */
    @JsonIgnore
    public boolean bannedUser() {
        return Boolean.TRUE.equals(banned) || HitboxRoles.BANNED.equalsIgnoreCase(role);
    }
}
