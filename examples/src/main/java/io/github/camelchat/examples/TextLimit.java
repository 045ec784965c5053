package io.github.camelchat.examples;

import java.nio.charset.StandardCharsets;

/**
 * How long a message a chat takes, in characters or in UTF-8 bytes. A relayed line that is too long is cut with an
 * ellipsis rather than refused by the producer: losing the end of a long line beats losing the line.
 */
public record TextLimit(int max, boolean countsBytes) {

    static final String ELLIPSIS = "…";

    public TextLimit {
        if (max < 4) {
            throw new IllegalArgumentException("A text limit needs room for a character and the ellipsis (3 bytes)");
        }
    }

    public static TextLimit chars(int max) {
        return new TextLimit(max, false);
    }

    public static TextLimit utf8Bytes(int max) {
        return new TextLimit(max, true);
    }

    /** The text itself when it fits, else its longest head that fits with an ellipsis, cut between code points. */
    public String fit(String text) {
        if (fits(text)) {
            return text;
        }
        // a character takes at least one byte: no head longer than max characters can fit either way
        int end = Math.min(text.length(), max);
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        // shrink by whole code points, so that a surrogate pair is never split
        while (end > 0 && !fits(text.substring(0, end) + ELLIPSIS)) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    public boolean fits(String text) {
        return size(text) <= max;
    }

    private int size(String text) {
        return countsBytes ? text.getBytes(StandardCharsets.UTF_8).length : text.length();
    }
}
