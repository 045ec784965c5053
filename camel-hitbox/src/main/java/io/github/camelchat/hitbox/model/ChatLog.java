package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * {@code chatLog}: a moderation / activity log line for broadcasters and editors (subscriptions, follows, bans…).
 * Backlog lines carry {@code buffer:true}, the last backlog message {@code buffersent:true}.
 *
 * @param channel    the channel
 * @param text       the text, users marked up as {@code <user>name</user>}
 * @param timestamp  when
 * @param buffer     {@code true} on backlog lines
 * @param buffersent {@code true} on the last backlog message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatLog(String channel, String text, @IsoInstant Instant timestamp, Boolean buffer, Boolean buffersent)
        implements HitboxMessage {

    public static final String METHOD = "chatLog";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether this is a backlog line. */
    @JsonIgnore
    public boolean backlog() {
        return Boolean.TRUE.equals(buffer);
    }

    /** Whether this is the last backlog message. */
    @JsonIgnore
    public boolean backlogComplete() {
        return Boolean.TRUE.equals(buffersent);
    }
}
