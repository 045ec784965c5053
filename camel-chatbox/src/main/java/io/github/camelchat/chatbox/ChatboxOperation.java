package io.github.camelchat.chatbox;

import java.util.Locale;

/** What a producer message does. */
public enum ChatboxOperation {
    /** Public in-game chat. */
    SAY,
    /** A private message to one player. */
    TELL;

    static ChatboxOperation fromOption(String source, String value) {
        if (value == null || value.isBlank()) {
            return SAY;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + source + " '" + value + "': expected say or tell", e);
        }
    }
}
