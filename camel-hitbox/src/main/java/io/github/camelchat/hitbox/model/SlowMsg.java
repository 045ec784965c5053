package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code slowMsg}: slow mode or subscriber-only mode changed (shaped like {@link InfoMsg}, action
 * {@code isAdmin}).
 *
 * @param channel   the channel
 * @param text      the human-readable text
 * @param lang      the translation key, if any
 * @param variables the translation variables, if any
 * @param timestamp when
 * @param action    {@code isAdmin}
 * @param slowTime  the slow-mode interval in seconds (0 = off); absent for subscriber-only mode changes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlowMsg(String channel, String text, String lang, JsonNode variables, @IsoInstant Instant timestamp,
                      String action, Integer slowTime) implements HitboxMessage {

    public static final String METHOD = "slowMsg";

    @Override
    public String method() {
        return METHOD;
    }

    /** {@code slowTime} as a duration, or {@code null}. */
    @JsonIgnore
    public Duration slowInterval() {
        return slowTime == null ? null : Duration.ofSeconds(slowTime);
    }
}
