package io.github.camelchat.hitbox.model;

import io.github.camelchat.hitbox.socketio.FrameExcerpt;

/**
 * A hitbox message could not be decoded: the event is not JSON, has no {@code args}, its argument is neither a
 * message object nor a JSON string holding one, there is no {@code method}, or a known field has a value of the
 * wrong type. The message names the problem and shows a short excerpt of the text being decoded (the event data,
 * or the string-encoded message inside it): at most {@value FrameExcerpt#MAX_LENGTH} characters, control
 * characters blanked, token values masked — never the whole frame.
 */
public class HitboxDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The maximum length of {@link #excerpt()}, ellipses included. */
    public static final int MAX_EXCERPT_LENGTH = FrameExcerpt.MAX_LENGTH;

    private final String reason;
    private final String excerpt;

    /**
     * @param reason what is wrong
     * @param frame  the text being decoded; only an excerpt is kept
     * @param cause  the underlying exception, or {@code null}
     */
    public HitboxDecodeException(String reason, String frame, Throwable cause) {
        this(reason, frame, -1, cause);
    }

    /**
     * @param errorOffset where in {@code frame} the problem is, or -1; long frames are excerpted around it
     */
    public HitboxDecodeException(String reason, String frame, long errorOffset, Throwable cause) {
        this(reason, FrameExcerpt.of(frame, errorOffset), cause, true);
    }

    private HitboxDecodeException(String reason, String excerpt, Throwable cause, boolean ignored) {
        super("Cannot decode hitbox message: " + reason + " [frame: " + excerpt + "]", cause);
        this.reason = reason;
        this.excerpt = excerpt;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }

    /** A short excerpt of the text being decoded (at most {@value #MAX_EXCERPT_LENGTH} characters). */
    public String excerpt() {
        return excerpt;
    }
}
