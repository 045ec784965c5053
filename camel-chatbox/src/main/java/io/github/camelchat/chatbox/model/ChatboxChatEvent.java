package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The {@code chat_chatbox} event: a chatbox (possibly this one) said something in public chat.
 *
 * @param text         the message without formatting codes
 * @param rawText      the message with its original formatting codes
 * @param renderedText the message as Minecraft raw JSON text
 * @param user         the owner of the chatbox that sent it
 * @param name         the chatbox name without formatting codes
 * @param rawName      the chatbox name with its original formatting codes
 * @param time         when it was sent according to the server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatboxChatEvent(String text, String rawText, JsonNode renderedText, ChatboxUser user, String name,
                               String rawName, @IsoTime OffsetDateTime time) implements ChatboxTextEvent {

    public static final String EVENT = "chat_chatbox";

    @Override
    public String event() {
        return EVENT;
    }
}
