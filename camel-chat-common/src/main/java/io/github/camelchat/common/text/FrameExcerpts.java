package io.github.camelchat.common.text;

/**
 * Short, log-safe excerpts of server frames for error messages: at most {@value #MAX_LENGTH} characters, around the
 * error offset when there is one, control characters blanked, surrogate pairs never split, cut ends marked with
 * {@code …}. A frame never leaks whole into a log line or an exception.
 */
public final class FrameExcerpts {

    public static final int MAX_LENGTH = 120;
    private static final char ELLIPSIS = '…';

    private FrameExcerpts() {
    }

    /** The excerpt of {@code frame} around {@code errorOffset} (negative: from the start). */
    public static String of(String frame, long errorOffset) {
        if (frame == null) {
            return "<null>";
        }
        int len = frame.length();
        int start = 0;
        int end = len;
        if (len > MAX_LENGTH) {
            if (errorOffset < MAX_LENGTH - 20) {
                end = MAX_LENGTH - 1;
            } else {
                start = (int) Math.min(errorOffset - (MAX_LENGTH - 2) / 2, len - (MAX_LENGTH - 1));
                end = start == len - (MAX_LENGTH - 1) ? len : start + MAX_LENGTH - 2;
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

    /** The excerpt of the start of {@code frame}. */
    public static String of(String frame) {
        return of(frame, -1);
    }
}
