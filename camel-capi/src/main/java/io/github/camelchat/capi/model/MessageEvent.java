package io.github.camelchat.capi.model;

/**
 * A message in the channel, a whisper to the bot, an emote, or a server notice.
 *
 * @param userId  the sender's session-scoped id (the bot itself is 1; server notices may carry 0)
 * @param message the text
 * @param type    {@code Whisper}, {@code Channel}, {@code ServerInfo}, {@code ServerError} or {@code Emote}
 */
public record MessageEvent(long userId, String message, MessageType type) implements CapiEvent {

    @Override
    public CapiEventType kind() {
        return CapiEventType.MESSAGE;
    }
}
