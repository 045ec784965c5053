package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * {@code banList}: the users banned from the channel (sent after a ban, and with the user list when there are
 * banned users).
 *
 * @param channel the channel
 * @param data    the banned user names
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BanList(String channel, List<String> data) implements HitboxMessage {

    public static final String METHOD = "banList";

    @Override
    public String method() {
        return METHOD;
    }
}
