package io.github.camelchat.chatbox.model;

/**
 * A text frame could not be decoded: it is not JSON, not a JSON object, has no {@code type}, or a known field has
 * the wrong type. The message names the problem and shows a short excerpt of the frame (at most
 * {@value #MAX_EXCERPT_LENGTH} characters, control characters replaced by blanks), never the whole frame.
 */
public class ChatboxDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The maximum length of {@link #excerpt()}, ellipses included. */
    public static final int MAX_EXCERPT_LENGTH = 120;

    private static final char ELLIPSIS = '\u2026';

    private final String reason;
    private final String excerpt;

    /**
     * @param reason what is wrong
     * @param frame  the whole frame; only an excerpt is kept
     * @param cause  the underlying exception, or {@code null}
     */
    public ChatboxDecodeException(String reason, String frame, Throwable cause) {
        this(reason, frame, -1, cause);
    }

    /**
     * @param errorOffset the character offset of the problem in the frame, or -1 if unknown; the excerpt is taken
     *                    around it when the frame is long
     */
    public ChatboxDecodeException(String reason, String frame, long errorOffset, Throwable cause) {
        this(reason, excerpt(frame, errorOffset), cause, true);
    }

    private ChatboxDecodeException(String reason, String excerpt, Throwable cause, boolean ignored) {
        super("Cannot decode chatbox frame: " + reason + " [frame: " + excerpt + "]", cause);
        this.reason = reason;
        this.excerpt = excerpt;
    }

    /** What is wrong with the frame. */
    public String reason() {
        return reason;
    }

    /** A short excerpt of the frame (at most {@value #MAX_EXCERPT_LENGTH} characters). */
    public String excerpt() {
        return excerpt;
    }

    /**
     * At most {@link #MAX_EXCERPT_LENGTH} characters of {@code frame}: all of it if short enough, otherwise a window
     * around {@code errorOffset} (or the start), with {@code …} marking the cut ends.
     */
    static String excerpt(String frame, long errorOffset) {
        if (frame == null) {
            return "<null>";
        }
        int len = frame.length();
        int start = 0;
        int end = len;
        if (len > MAX_EXCERPT_LENGTH) {
            int max = MAX_EXCERPT_LENGTH;
            if (errorOffset < 0 || errorOffset < max - 20) {
                end = max - 1;
            } else {
                start = (int) Math.min(errorOffset - (max - 2) / 2, len - (max - 1));
                end = start == len - (max - 1) ? len : start + max - 2;
            }
            // do not split surrogate pairs
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
