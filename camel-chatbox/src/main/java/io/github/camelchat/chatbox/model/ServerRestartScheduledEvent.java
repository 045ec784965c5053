package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The {@code server_restart_scheduled} event. When a restart was already scheduled before the connection, it is sent
 * after {@code hello}. RCC may send {@code restartSeconds} 0; {@code restartAt} is the reliable field.
 *
 * @param restartType    {@code automatic} or {@code manual}
 * @param restartSeconds the number of seconds given for the restart
 * @param restartAt      when the server will restart
 * @param time           when the restart was scheduled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerRestartScheduledEvent(String restartType, Integer restartSeconds, @IsoTime OffsetDateTime restartAt,
                                          @IsoTime OffsetDateTime time) implements ChatboxEvent {

    public static final String EVENT = "server_restart_scheduled";

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
