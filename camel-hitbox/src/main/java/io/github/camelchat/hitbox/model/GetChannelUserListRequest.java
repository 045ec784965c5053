package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code getChannelUserList{channel}}: ask for the {@link UserList} (not allowed for guests).
 *
 * @param channel the channel (required; sent in lower case)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetChannelUserListRequest(String channel) implements HitboxRequest {

    public static final String METHOD = "getChannelUserList";

    @Override
    public String method() {
        return METHOD;
    }
}
