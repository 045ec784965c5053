package io.github.camelchat.hitbox.socketio;

/**
 * A Socket.IO 0.9 packet or handshake body could not be parsed. The message names the problem and shows a short
 * {@linkplain FrameExcerpt excerpt} of the input (at most {@value FrameExcerpt#MAX_LENGTH} characters, token values
 * masked), never the whole input.
 */
public class SioDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String excerpt;

    /**
     * @param reason what is wrong
     * @param input  the whole packet or body; only an excerpt is kept
     */
    public SioDecodeException(String reason, String input) {
        this(reason, input, -1);
    }

    /**
     * @param errorOffset where in {@code input} the problem is, or -1; long inputs are excerpted around it
     */
    public SioDecodeException(String reason, String input, long errorOffset) {
        this(reason, FrameExcerpt.of(input, errorOffset), true);
    }

    private SioDecodeException(String reason, String excerpt, boolean ignored) {
        super("Cannot decode Socket.IO input: " + reason + " [input: " + excerpt + "]");
        this.reason = reason;
        this.excerpt = excerpt;
    }

    /** What is wrong with the input. */
    public String reason() {
        return reason;
    }

    /** A short excerpt of the input (at most {@value FrameExcerpt#MAX_LENGTH} characters). */
    public String excerpt() {
        return excerpt;
    }
}
