package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * {@code chatMsg}: a chat line, including the echo of one's own. Backlog lines sent after login have
 * {@code buffer:true}; the last of them also {@code buffersent:true}.
 *
 * @param channel      the channel
 * @param name         the sender
 * @param nameColor    the sender's name colour, hex without {@code #} (e.g. {@code 53BE34})
 * @param text         the text (emotes are text tokens; may contain HTML the server added)
 * @param time         when it was sent (epoch seconds on the wire)
 * @param role         the sender's role ({@code anon}, {@code user}, {@code admin}; see {@link HitboxRoles})
 * @param isFollower   whether the sender follows the channel
 * @param isSubscriber whether the sender subscribes to the channel (not set for the owner)
 * @param isOwner      whether the sender owns the channel (then {@code image} is set)
 * @param isStaff      whether the sender is hitbox staff
 * @param isCommunity  whether the sender is an ambassador
 * @param media        whether the text holds media (an image link)
 * @param image        the path of the owner's / subscriber's image
 * @param buffer       {@code true} on backlog lines, otherwise absent
 * @param buffersent   {@code true} on the last backlog line, otherwise absent
 * @param type         {@code "me"} for a {@code /me} action line, otherwise usually absent
 * @param id           the message id (Smashcast servers only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMsg(String channel, String name, String nameColor, String text, @IsoInstant Instant time, String role,
                      @JsonProperty("isFollower") Boolean isFollower,
                      @JsonProperty("isSubscriber") Boolean isSubscriber,
                      @JsonProperty("isOwner") Boolean isOwner,
                      @JsonProperty("isStaff") Boolean isStaff,
                      @JsonProperty("isCommunity") Boolean isCommunity,
                      Boolean media, String image, Boolean buffer, Boolean buffersent, String type, String id)
        implements HitboxMessage {

    public static final String METHOD = "chatMsg";

    /** The {@code type} of a {@code /me} action line. */
    public static final String TYPE_ME = "me";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether this is a backlog line ({@code buffer:true}) rather than a live one. */
    @JsonIgnore
    public boolean backlog() {
        return Boolean.TRUE.equals(buffer);
    }

    /** Whether this is the last backlog line ({@code buffersent:true}): live lines follow. */
    @JsonIgnore
    public boolean backlogComplete() {
        return Boolean.TRUE.equals(buffersent);
    }

    /** Whether this is a {@code /me} action line ({@code type:"me"}). */
    @JsonIgnore
    public boolean meAction() {
        return TYPE_ME.equalsIgnoreCase(type);
    }
}
