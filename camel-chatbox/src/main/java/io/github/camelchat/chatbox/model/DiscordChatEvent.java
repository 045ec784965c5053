package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The {@code chat_discord} event: a message posted (or edited) on Discord. {@link #user()} is the Discord user.
 *
 * @param text         the message without Markdown
 * @param rawText      the message with its original Markdown
 * @param renderedText the message as Minecraft raw JSON text
 * @param discordId    the message snowflake
 * @param discordUser  the Discord user who sent it
 * @param edited       whether this is an edit of an earlier message
 * @param time         when it was sent according to Discord
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscordChatEvent(String text, String rawText, JsonNode renderedText, String discordId,
                               ChatboxUser discordUser, Boolean edited, @IsoTime OffsetDateTime time)
        implements ChatboxTextEvent {

    public static final String EVENT = "chat_discord";

    @Override
    public String event() {
        return EVENT;
    }

    /** The Discord user ({@link #discordUser()}). */
    @Override
    public ChatboxUser user() {
        return discordUser;
    }
}
