package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code userList}: the answer to {@code getChannelUserList} (also sent when a chat admin leaves, and after a
 * ban).
 *
 * @param channel the channel
 * @param data    the users by role and flag
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserList(String channel, Data data) implements HitboxMessage {

    public static final String METHOD = "userList";

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * The user list. Staff are listed in {@code admin}, {@code isStaff} and {@code isSubscriber}; ambassadors in
     * {@code admin} and {@code isCommunity}.
     *
     * @param guests       the number of unregistered viewers ({@code Guests}; may be {@code null})
     * @param admin        owners, editors, staff, ambassadors
     * @param user         moderators
     * @param anon         logged-in viewers
     * @param isFollower   followers among them
     * @param isSubscriber subscribers among them
     * @param isStaff      staff among them
     * @param isCommunity  ambassadors among them
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(@JsonProperty("Guests") @JsonAlias("guests") Integer guests,
                       List<String> admin, List<String> user, List<String> anon,
                       @JsonProperty("isFollower") List<String> isFollower,
                       @JsonProperty("isSubscriber") List<String> isSubscriber,
                       @JsonProperty("isStaff") List<String> isStaff,
                       @JsonProperty("isCommunity") List<String> isCommunity) {
    }
}
