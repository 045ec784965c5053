package io.github.camelchat.simulator.chatbox;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Makes Jackson escape strings exactly as a default {@code new Gson()} does (HTML-safe): {@code < > & = '} become
 * {@code \u003c}-style escapes, control characters use lower-case hex except the short forms, and U+2028/U+2029 are
 * escaped. Clients that compare frames byte for byte with the real server need this.
 */
final class GsonEscapes extends CharacterEscapes {

    private static final SerializedString[] ASCII_SEQUENCES = new SerializedString[128];
    private static final int[] ASCII_CODES = CharacterEscapes.standardAsciiEscapesForJSON();
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII_SEQUENCES[c] = unicode(c);
        }
        ASCII_SEQUENCES['\t'] = new SerializedString("\\t");
        ASCII_SEQUENCES['\b'] = new SerializedString("\\b");
        ASCII_SEQUENCES['\n'] = new SerializedString("\\n");
        ASCII_SEQUENCES['\r'] = new SerializedString("\\r");
        ASCII_SEQUENCES['\f'] = new SerializedString("\\f");
        for (char c : "<>&='".toCharArray()) {
            ASCII_SEQUENCES[c] = unicode(c);
        }
        for (int c = 0; c < 128; c++) {
            if (ASCII_SEQUENCES[c] != null) {
                ASCII_CODES[c] = CharacterEscapes.ESCAPE_CUSTOM;
            }
        }
    }

    private static SerializedString unicode(int c) {
        return new SerializedString(String.format("\\u%04x", c));
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII_CODES;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch < 128) {
            return ASCII_SEQUENCES[ch];
        }
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (ch == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        return null;
    }
}
