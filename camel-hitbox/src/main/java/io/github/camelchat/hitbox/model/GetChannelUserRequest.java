package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code getChannelUser{channel,name}}: ask for the {@link UserInfo} of one user.
 *
 * @param channel the channel (required; sent in lower case)
 * @param name    the user to look up (required)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetChannelUserRequest(String channel, String name) implements HitboxRequest {

    public static final String METHOD = "getChannelUser";

    @Override
    public String method() {
        return METHOD;
    }
}
