package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message for the public in-game chat (the {@code say} client packet, which needs the {@code say} capability).
 * Encode with {@link ChatboxCodec#encodeSay(Say, long)}.
 *
 * @param text the message (required)
 * @param name the chatbox name to show, or {@code null} for the server default (the license owner's name)
 * @param mode the formatting mode ({@code markdown}, {@code format}, {@code minimessage}), or {@code null} for the
 *             server default ({@code markdown})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Say(String text, String name, String mode) {

    public static Say of(String text) {
        return new Say(text, null, null);
    }

    public Say withName(String name) {
        return new Say(text, name, mode);
    }

    public Say withMode(FormattingMode mode) {
        return new Say(text, name, mode == null ? null : mode.wireName());
    }
}
