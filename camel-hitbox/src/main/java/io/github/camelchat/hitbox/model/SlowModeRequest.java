package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code slowMode}: set slow mode, {@code {channel,time}} (seconds between a user's lines, 0 = off), or
 * subscriber-only mode, {@code {channel,subscriber,rate:0}} (moderators). Only one of the two modes can be on; the
 * server announces the change with a {@link SlowMsg}. Exactly one of {@code time} and {@code subscriber} must be
 * set.
 *
 * @param channel    the channel (required; sent in lower case)
 * @param time       the slow-mode interval in seconds (0 turns slow mode off), or {@code null}; sent as a JSON
 *                   number as in the docs' example ({@code toby3d/smashcast} sent a string)
 * @param subscriber subscriber-only mode on or off, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlowModeRequest(String channel, Integer time, Boolean subscriber) implements HitboxRequest {

    public static final String METHOD = "slowMode";

    /** Slow mode with the given interval in seconds (0 = off). */
    public static SlowModeRequest slowMode(String channel, int seconds) {
        return new SlowModeRequest(channel, seconds, null);
    }

    /** Subscriber-only mode on or off. */
    public static SlowModeRequest subscriberOnly(String channel, boolean on) {
        return new SlowModeRequest(channel, null, on);
    }

    @Override
    public String method() {
        return METHOD;
    }
}
