package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The {@code join} event: a player joined the server.
 *
 * @param user the player
 * @param time when it happened according to the server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JoinEvent(ChatboxUser user, @IsoTime OffsetDateTime time) implements ChatboxEvent {

    public static final String EVENT = "join";

    @Override
    public String event() {
        return EVENT;
    }
}
