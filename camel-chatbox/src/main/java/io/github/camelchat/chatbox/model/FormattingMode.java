package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The formatting modes of say and tell. The server default is {@link #MARKDOWN}. */
public enum FormattingMode {

    /** Discord-like Markdown; URLs but no colours. */
    MARKDOWN("markdown"),
    /** Minecraft {@code &}-codes; colours but no URLs. */
    FORMAT("format"),
    /** MiniMessage tags, e.g. {@code <yellow>}; colours and hover events. */
    MINIMESSAGE("minimessage");

    private final String wireName;

    FormattingMode(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * The mode with this wire name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException for an unknown mode
     */
    @JsonCreator
    public static FormattingMode fromWire(String name) {
        FormattingMode mode = lookup(name);
        if (mode == null) {
            throw new IllegalArgumentException(
                    "Unknown formatting mode '" + name + "'; expected markdown, format or minimessage");
        }
        return mode;
    }

    static FormattingMode lookup(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (FormattingMode mode : values()) {
            if (mode.wireName.equals(n)) {
                return mode;
            }
        }
        return null;
    }
}
