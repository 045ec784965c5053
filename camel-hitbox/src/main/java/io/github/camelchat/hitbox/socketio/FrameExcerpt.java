package io.github.camelchat.hitbox.socketio;

import io.github.camelchat.common.text.FrameExcerpts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short, log-safe excerpts of frames for exception messages: at most {@value #MAX_LENGTH} characters, control
 * characters replaced by blanks, and the value of any JSON field whose name ends in {@code token} (also inside a
 * string-encoded argument, {@code \"token\":\"…\"}) replaced by {@value #MASK}.
 */
public final class FrameExcerpt {

    /** The maximum length of an excerpt, ellipses included. */
    public static final int MAX_LENGTH = FrameExcerpts.MAX_LENGTH;

    /** What a token value is replaced with. */
    public static final String MASK = io.github.camelchat.common.session.Redactor.MASK;


    /** {@code "token":"} / {@code \"authToken\" : \"} etc.; group 1 ends where the value starts. */
    private static final Pattern TOKEN_VALUE = Pattern.compile(
            "(\\\\{0,3}\"[A-Za-z_]{0,20}[Tt]oken\\\\{0,3}\"\\s*:\\s*\\\\{0,3}\")[^\"\\\\]*");

    private FrameExcerpt() {
    }

    /** An excerpt of the start of {@code frame}. */
    public static String of(String frame) {
        return of(frame, -1);
    }

    /**
     * At most {@link #MAX_LENGTH} characters of {@code frame}: all of it if short enough, otherwise a window around
     * {@code errorOffset} (or the start when it is negative), with {@code …} marking the cut ends. Token values are
     * masked first; surrogate pairs are never split.
     */
    public static String of(String frame, long errorOffset) {
        if (frame == null) {
            return "<null>";
        }
        Matcher m = TOKEN_VALUE.matcher(frame);
        if (m.find()) {
            StringBuilder masked = new StringBuilder(frame.length());
            int last = 0;
            long shifted = errorOffset;  // errorOffset in the masked text
            do {
                masked.append(frame, last, m.end(1)).append(MASK);
                if (errorOffset >= m.end()) {
                    shifted += MASK.length() - (m.end() - m.end(1));
                } else if (errorOffset >= m.end(1)) {
                    shifted = masked.length() - MASK.length();
                }
                last = m.end();
            } while (m.find());
            masked.append(frame, last, frame.length());
            frame = masked.toString();
            errorOffset = shifted;
        }
        return FrameExcerpts.of(frame, errorOffset);
    }
}
