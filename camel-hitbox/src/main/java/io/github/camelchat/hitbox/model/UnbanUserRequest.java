package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code unbanUser{channel,name,token}}: lift a user's ban (moderators).
 *
 * @param channel the channel (required; sent in lower case)
 * @param name    the user to unban (required)
 * @param token   the moderator's auth token
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnbanUserRequest(String channel, String name,
                   @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token)
        implements HitboxRequest {

    public static final String METHOD = "unbanUser";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "UnbanUserRequest[channel=" + channel + ", name=" + name + ", token=" + Secrets.mask(token) + "]";
    }
}
