package io.github.camelchat.chatbox.model;

/** Thrown inside the decoder for a frame that is valid JSON but not a valid packet; carries no frame content. */
final class MalformedFrameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedFrameException(String message) {
        super(message, null, false, false);
    }

    MalformedFrameException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
