package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The {@code chat_ingame} event: a player posted in public chat.
 *
 * @param text         the message without formatting codes
 * @param rawText      the message with its original formatting codes
 * @param renderedText the message as Minecraft raw JSON text
 * @param user         the player who sent it
 * @param time         when it was sent according to the server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngameChatEvent(String text, String rawText, JsonNode renderedText, ChatboxUser user,
                              @IsoTime OffsetDateTime time) implements ChatboxTextEvent {

    public static final String EVENT = "chat_ingame";

    @Override
    public String event() {
        return EVENT;
    }
}
