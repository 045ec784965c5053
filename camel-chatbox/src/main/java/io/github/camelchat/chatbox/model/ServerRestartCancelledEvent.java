package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The {@code server_restart_cancelled} event: a scheduled restart was cancelled.
 *
 * @param restartType {@code automatic} or {@code manual}
 * @param time        when it was cancelled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerRestartCancelledEvent(String restartType, @IsoTime OffsetDateTime time) implements ChatboxEvent {

    public static final String EVENT = "server_restart_cancelled";

    @Override
    public String event() {
        return EVENT;
    }

    /** Always {@code null}: this event has no user. */
    @Override
    public ChatboxUser user() {
        return null;
    }
}
