package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A private message to an in-game player (the {@code tell} client packet, which needs the {@code tell} capability).
 * Encode with {@link ChatboxCodec#encodeTell(Tell, long)}.
 *
 * @param user the player's name or UUID (required)
 * @param text the message (required)
 * @param name the chatbox name to show, or {@code null} for the server default (the license owner's name)
 * @param mode the formatting mode ({@code markdown}, {@code format}, {@code minimessage}), or {@code null} for the
 *             server default ({@code markdown})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tell(String user, String text, String name, String mode) {

    public static Tell of(String user, String text) {
        return new Tell(user, text, null, null);
    }

    public Tell withName(String name) {
        return new Tell(user, text, name, mode);
    }

    public Tell withMode(FormattingMode mode) {
        return new Tell(user, text, name, mode == null ? null : mode.wireName());
    }
}
