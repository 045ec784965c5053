package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The {@code world_change} event: a player moved to another world.
 *
 * @param user        the player
 * @param origin      the world left, e.g. {@code minecraft:overworld}
 * @param destination the world entered, e.g. {@code minecraft:the_nether}
 * @param time        when it happened according to the server (not in the SwitchCraft docs' example)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorldChangeEvent(ChatboxUser user, String origin, String destination, @IsoTime OffsetDateTime time)
        implements ChatboxEvent {

    public static final String EVENT = "world_change";

    @Override
    public String event() {
        return EVENT;
    }
}
