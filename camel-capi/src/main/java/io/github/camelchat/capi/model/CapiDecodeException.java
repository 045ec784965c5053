package io.github.camelchat.capi.model;

/** A frame that is not a valid CAPI envelope. The message quotes at most 120 characters of the frame. */
public class CapiDecodeException extends RuntimeException {

    static final int MAX_EXCERPT = 120;

    public CapiDecodeException(String reason, String frame, Throwable cause) {
        super("Cannot decode CAPI frame: " + reason + " [frame: " + excerpt(frame) + "]", cause);
    }

    static String excerpt(String frame) {
        if (frame == null) {
            return "null";
        }
        String flat = frame.replaceAll("\\p{Cntrl}", " ");
        return flat.length() <= MAX_EXCERPT ? flat : flat.substring(0, MAX_EXCERPT) + "...";
    }
}
