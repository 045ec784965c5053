package io.github.camelchat.hitbox.socketio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short, log-safe excerpts of frames for exception messages: at most {@value #MAX_LENGTH} characters, control
 * characters replaced by blanks, and the value of any JSON field whose name ends in {@code token} (also inside a
 * string-encoded argument, {@code \"token\":\"…\"}) replaced by {@value #MASK}.
 */
public final class FrameExcerpt {

    /** The maximum length of an excerpt, ellipses included. */
    public static final int MAX_LENGTH = 120;

    /** What a token value is replaced with. */
    public static final String MASK = io.github.camelchat.common.session.Redactor.MASK;

    private static final char ELLIPSIS = '\u2026';

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
        int len = frame.length();
        int start = 0;
        int end = len;
        if (len > MAX_LENGTH) {
            int max = MAX_LENGTH;
            if (errorOffset < max - 20) {
                end = max - 1;
            } else {
                start = (int) Math.min(errorOffset - (max - 2) / 2, len - (max - 1));
                end = start == len - (max - 1) ? len : start + max - 2;
            }
            if (start > 0 && Character.isLowSurrogate(frame.charAt(start))) {
                start++;
            }
            if (end < len && Character.isHighSurrogate(frame.charAt(end - 1))) {
                end--;
            }
        }
        StringBuilder sb = new StringBuilder(end - start + 2);
        if (start > 0) {
            sb.append(ELLIPSIS);
        }
        for (int i = start; i < end; i++) {
            char c = frame.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (end < len) {
            sb.append(ELLIPSIS);
        }
        return sb.toString();
    }
}
