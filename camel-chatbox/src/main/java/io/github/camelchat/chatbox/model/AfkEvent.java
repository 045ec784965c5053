package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The {@code afk} event: a player went AFK. RCC also sends this name when a player returns (see {@link ChatboxCodec#ChatboxCodec(boolean)}).
 *
 * @param user the player
 * @param time when it happened according to the server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AfkEvent(ChatboxUser user, @IsoTime OffsetDateTime time) implements ChatboxEvent {

    public static final String EVENT = "afk";

    @Override
    public String event() {
        return EVENT;
    }
}
