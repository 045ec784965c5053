package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code players} packet: the list of online players, sent on connect (with the {@code read} capability) and
 * after each join and leave. The list sent after a join may contain the joiner twice.
 *
 * @param time    when the list was made
 * @param players the online players
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlayersPacket(@IsoTime OffsetDateTime time, List<ChatboxUser> players) implements ChatboxPacket {

    public static final String TYPE = "players";

    public PlayersPacket {
        players = ModelLists.copy(players);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
