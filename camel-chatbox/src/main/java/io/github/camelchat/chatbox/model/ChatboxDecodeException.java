package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.text.FrameExcerpts;

/**
 * A text frame could not be decoded: it is not JSON, not a JSON object, has no {@code type}, or a known field has
 * the wrong type. The message names the problem and shows a short excerpt of the frame (at most
 * {@value #MAX_EXCERPT_LENGTH} characters, control characters replaced by blanks), never the whole frame.
 */
public class ChatboxDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The maximum length of {@link #excerpt()}, ellipses included. */
    public static final int MAX_EXCERPT_LENGTH = FrameExcerpts.MAX_LENGTH;


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
        return FrameExcerpts.of(frame, errorOffset);
    }
}
