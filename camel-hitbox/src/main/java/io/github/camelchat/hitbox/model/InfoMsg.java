package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * {@code infoMsg}, in its three variants:
 * <ul>
 *   <li>system message: {@code text}, {@code lang}, {@code variables}, {@code timestamp}, {@code name} (only on a
 *       ban), {@code action} ({@code ban}, {@code kickUser}, {@code kicked}, {@code isAdmin}, {@code directmsg}
 *       or empty) — also how the server rejects a chat line (slow mode, subscriber-only);</li>
 *   <li>new subscriber: {@code text}, {@code subscriber}, {@code type:"subChannel"}, {@code time};</li>
 *   <li>viewer counts (the separate viewer-count socket): {@code viewers}, {@code subscribers},
 *       {@code followers}, {@code registered}, {@code embed}, {@code online}.</li>
 * </ul>
 *
 * @param channel     the channel
 * @param text        the human-readable text
 * @param lang        the translation key (e.g. {@code view.chat.text.has_been_banned})
 * @param variables   the translation variables (e.g. {@code {"user":"test"}})
 * @param timestamp   when (system messages)
 * @param name        the user acted upon (bans)
 * @param action      what happened (system messages)
 * @param subscriber  the new subscriber (subscriber variant)
 * @param type        {@code subChannel} (subscriber variant)
 * @param time        when (subscriber variant)
 * @param viewers     viewer count (viewer-count variant)
 * @param subscribers subscriber count (viewer-count variant)
 * @param followers   follower count (viewer-count variant)
 * @param registered  registered viewer count (viewer-count variant)
 * @param embed       embedded-player viewer count (viewer-count variant)
 * @param online      whether the stream is live (viewer-count variant)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InfoMsg(String channel, String text, String lang, JsonNode variables, @IsoInstant Instant timestamp, String name,
                      String action, String subscriber, String type, @IsoInstant Instant time, Integer viewers,
                      Integer subscribers, Integer followers, Integer registered, Integer embed, Boolean online)
        implements HitboxMessage {

    public static final String METHOD = "infoMsg";

    /** The {@code type} of the new-subscriber variant. */
    public static final String TYPE_SUBSCRIPTION = "subChannel";

    /** The {@code action} confirming a sent direct message. */
    public static final String ACTION_DIRECT_MSG = "directmsg";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether this is the new-subscriber variant ({@code type:"subChannel"}). */
    @JsonIgnore
    public boolean subscription() {
        return TYPE_SUBSCRIPTION.equals(type);
    }

    /** Whether this is the viewer-count variant. */
    @JsonIgnore
    public boolean viewerCounts() {
        return viewers != null;
    }

    /** {@code timestamp}, or {@code time} for the subscriber variant. */
    @JsonIgnore
    public Instant when() {
        return timestamp != null ? timestamp : time;
    }

    /** A translation variable as text, or {@code null}. */
    public String variable(String key) {
        JsonNode v = variables == null ? null : variables.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
