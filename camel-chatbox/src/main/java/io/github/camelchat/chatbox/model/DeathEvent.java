package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The {@code death} event: a player died.
 *
 * @param text         the death message without formatting codes
 * @param rawText      the death message with its original formatting codes
 * @param renderedText the death message as Minecraft raw JSON text
 * @param user         the player who died
 * @param source       the player who killed them, if any
 * @param time         when it happened according to the server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeathEvent(String text, String rawText, JsonNode renderedText, ChatboxUser user, ChatboxUser source,
                         @IsoTime OffsetDateTime time) implements ChatboxTextEvent {

    public static final String EVENT = "death";

    @Override
    public String event() {
        return EVENT;
    }
}
