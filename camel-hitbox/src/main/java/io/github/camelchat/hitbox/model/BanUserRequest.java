package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code banUser{channel,name[,token][,banIP:true]}}: ban a user (moderators), or IP-ban them (admins). The server
 * announces it with an {@link InfoMsg} (action {@code ban}), a {@link UserList} and a {@link BanList}.
 *
 * @param channel the channel (required; sent in lower case)
 * @param name    the user to ban (required)
 * @param token   the moderator's auth token, or {@code null} to leave it out (the docs' plain ban has none, their
 *                IP ban has one; other clients always sent it)
 * @param banIP   ban the user's IP address too (admins only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BanUserRequest(String channel, String name,
                             @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token,
                             @JsonProperty("banIP") boolean banIP) implements HitboxRequest {

    public static final String METHOD = "banUser";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "BanUserRequest[channel=" + channel + ", name=" + name + ", token=" + Secrets.mask(token)
                + ", banIP=" + banIP + "]";
    }
}
