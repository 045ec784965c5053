package io.github.camelchat.capi.model;

import io.github.camelchat.common.text.FrameExcerpts;

/** A frame that is not a valid CAPI envelope. The message quotes at most 120 characters of the frame. */
public class CapiDecodeException extends RuntimeException {

    private final boolean eventPayload;

    public CapiDecodeException(String reason, String frame, Throwable cause) {
        this(reason, frame, cause, false);
    }

    /**
     * @param eventPayload whether the envelope was fine and the fault is in the payload of one of the five events
     */
    public CapiDecodeException(String reason, String frame, Throwable cause, boolean eventPayload) {
        super("Cannot decode CAPI frame: " + reason + " [frame: " + FrameExcerpts.of(frame) + "]", cause);
        this.eventPayload = eventPayload;
    }

    /** Whether the envelope was fine and the fault is in the payload of one of the five events. */
    public boolean isEventPayload() {
        return eventPayload;
    }
}
