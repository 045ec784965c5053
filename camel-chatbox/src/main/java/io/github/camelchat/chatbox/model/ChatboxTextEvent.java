package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event that carries a message: the three chat events and {@link DeathEvent}.
 */
public sealed interface ChatboxTextEvent extends ChatboxEvent
        permits IngameChatEvent, DiscordChatEvent, ChatboxChatEvent, DeathEvent {

    /** The message without formatting codes. */
    String text();

    /** The message with its original formatting codes. */
    String rawText();

    /** The message as Minecraft raw JSON text. */
    JsonNode renderedText();
}
