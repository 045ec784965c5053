package io.github.camelchat.hitbox.socketio;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON string escapes for frames sent on a WebSocket: the standard JSON escapes (quotes, backslash, all control
 * characters) plus every UTF-16 surrogate as {@code \}{@code uXXXX}. A paired surrogate decodes back to the same
 * character on the server; a lone one (text cut in the middle of an emoji) no longer makes the frame malformed
 * UTF-16, which the JDK WebSocket would refuse to send. Line and paragraph separators (U+2028/U+2029) are escaped
 * too, for JavaScript consumers older than ES2019.
 */
public final class SafeJsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    /** The shared instance (stateless). */
    public static final SafeJsonEscapes INSTANCE = new SafeJsonEscapes();

    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    private SafeJsonEscapes() {
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if ((ch >= 0xD800 && ch <= 0xDFFF) || ch == 0x2028 || ch == 0x2029) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
