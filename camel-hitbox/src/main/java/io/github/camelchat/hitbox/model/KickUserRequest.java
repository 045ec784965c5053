package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code kickUser{channel,name,token,timeout}}: time a user out (moderators). The server confirms with an
 * {@link InfoMsg} (action {@code kickUser}).
 *
 * @param channel        the channel (required; sent in lower case)
 * @param name           the user to time out (required)
 * @param token          the moderator's auth token
 * @param timeoutSeconds how long, in seconds. Sent as a numeric string ({@code "timeout":"600"}) as in the docs'
 *                       example and the official-docs wrapper {@code toby3d/smashcast}; other clients sent a number,
 *                       which suggests the server accepts both
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KickUserRequest(String channel, String name,
                              @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token,
                              long timeoutSeconds) implements HitboxRequest {

    public static final String METHOD = "kickUser";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "KickUserRequest[channel=" + channel + ", name=" + name + ", token=" + Secrets.mask(token)
                + ", timeoutSeconds=" + timeoutSeconds + "]";
    }
}
