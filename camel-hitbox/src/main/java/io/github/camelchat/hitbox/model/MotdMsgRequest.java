package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * {@code motdMsg{channel,name,nameColor,text,time}}: set the sticky message (admins); an empty text removes it.
 * Everyone gets a {@link MotdMsg}.
 *
 * @param channel   the channel (required; sent in lower case)
 * @param name      the admin's name (required)
 * @param nameColor the admin's name colour, or {@code null} to leave it out
 * @param text      the sticky text, {@code ""} to remove it ({@code null} is sent as {@code ""})
 * @param time      when it is set, sent as an ISO-8601 string with milliseconds like the web client
 *                  ({@code 2015-08-16T08:36:45.529Z}); {@code null} for the codec clock's now
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MotdMsgRequest(String channel, String name, String nameColor, String text, Instant time)
        implements HitboxRequest {

    public static final String METHOD = "motdMsg";

    @Override
    public String method() {
        return METHOD;
    }
}
