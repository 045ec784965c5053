package io.github.camelchat.capi.model;

import io.github.camelchat.common.text.FrameExcerpts;

/** A frame that is not a valid CAPI envelope. The message quotes at most 120 characters of the frame. */
public class CapiDecodeException extends RuntimeException {

    public CapiDecodeException(String reason, String frame, Throwable cause) {
        super("Cannot decode CAPI frame: " + reason + " [frame: " + FrameExcerpts.of(frame) + "]", cause);
    }
}
