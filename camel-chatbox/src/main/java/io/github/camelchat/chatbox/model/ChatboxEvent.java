package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.OffsetDateTime;

/**
 * An {@code event} packet. There is one record per known event name; names this version does not know decode to
 * {@link UnknownEvent}.
 */
@JsonPropertyOrder({"type", "event"})
public sealed interface ChatboxEvent extends ChatboxPacket
        permits ChatboxTextEvent, CommandEvent, JoinEvent, LeaveEvent, WorldChangeEvent, AfkEvent, AfkReturnEvent,
        ServerRestartScheduledEvent, ServerRestartCancelledEvent, UnknownEvent {

    /** The wire {@code type} of every event packet. */
    String TYPE = "event";

    @Override
    default String type() {
        return TYPE;
    }

    /** The wire event name, e.g. {@code chat_ingame}. */
    @JsonProperty("event")
    String event();

    /** When the event happened according to the server, or {@code null} if the server did not say. */
    OffsetDateTime time();

    /**
     * The user the event is about (the in-game player, or the Discord user for {@link DiscordChatEvent}), or
     * {@code null} for events without a user (server restarts, unknown events).
     */
    ChatboxUser user();

    /** The name of {@link #user()} (player name or Discord name), or {@code null} if there is no user. */
    default String senderName() {
        ChatboxUser user = user();
        return user == null ? null : user.name();
    }
}
