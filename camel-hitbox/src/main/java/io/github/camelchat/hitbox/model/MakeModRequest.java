package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code makeMod{channel,name,token}}: make a user a moderator (the broadcaster only); the server announces it with an {@link InfoMsg} (action {@code isAdmin}).
 *
 * @param channel the channel (required; sent in lower case)
 * @param name    the user to promote (required)
 * @param token   the broadcaster's auth token
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MakeModRequest(String channel, String name,
                   @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token)
        implements HitboxRequest {

    public static final String METHOD = "makeMod";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "MakeModRequest[channel=" + channel + ", name=" + name + ", token=" + Secrets.mask(token) + "]";
    }
}
