package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * {@code motdMsg}: the sticky message (message of the day), sent on login and whenever it changes. An empty text
 * means it was removed.
 *
 * @param channel   the channel
 * @param name      who set it
 * @param nameColor their name colour
 * @param text      the sticky text; empty when removed
 * @param time      when it was set (epoch seconds from the server; the ISO-8601 string a client sent is accepted)
 * @param image     the path of the channel owner's image
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MotdMsg(String channel, String name, String nameColor, String text, @IsoInstant Instant time, String image)
        implements HitboxMessage {

    public static final String METHOD = "motdMsg";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether the sticky message was removed (empty or no text). */
    @JsonIgnore
    public boolean cleared() {
        return text == null || text.isEmpty();
    }
}
