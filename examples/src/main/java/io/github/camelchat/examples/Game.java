package io.github.camelchat.examples;

import java.util.Arrays;

/**
 * The three chats the relay connects. {@link #source()} is the component scheme, as the journal names it; the tag
 * marks relayed text with its origin ({@code [MC] Steve: hi}), and is also how the relay recognises text it relayed
 * itself.
 */
public enum Game {

    /** A Minecraft server's chat through the chatbox v2 API: 1024 characters per message. */
    MINECRAFT("chatbox", "MC", TextLimit.chars(1024)),
    /** A Battle.net channel through the Classic Chat API: the server cut messages at 254 UTF-8 bytes. */
    BATTLE_NET("capi", "BN", TextLimit.utf8Bytes(254)),
    /** A hitbox.tv chat channel: 300 characters per message. */
    HITBOX("hitbox", "HB", TextLimit.chars(300));

    private final String source;
    private final String code;
    private final TextLimit limit;

    Game(String source, String code, TextLimit limit) {
        this.source = source;
        this.code = code;
        this.limit = limit;
    }

    /** {@code chatbox}, {@code capi} or {@code hitbox}. */
    public String source() {
        return source;
    }

    /** {@code MC}, {@code BN} or {@code HB}. */
    public String code() {
        return code;
    }

    /** {@code "[MC] "}, {@code "[BN] "} or {@code "[HB] "}, trailing blank included. */
    public String tag() {
        return "[" + code + "] ";
    }

    /** The longest message this game's chat takes. */
    public TextLimit limit() {
        return limit;
    }

    /** Whether the text starts with any game's tag, i.e. it is (or pretends to be) relayed text. */
    public static boolean isTagged(String text) {
        return text != null && Arrays.stream(values()).anyMatch(game -> text.startsWith(game.tag()));
    }
}
