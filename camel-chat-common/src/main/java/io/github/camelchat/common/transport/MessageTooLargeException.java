package io.github.camelchat.common.transport;

import java.io.IOException;

/** A server sent a text message bigger than the configured limit; the socket is dropped to bound memory. */
public class MessageTooLargeException extends IOException {

    public MessageTooLargeException(int size, int limit) {
        super("Inbound message of at least " + size + " characters exceeds the limit of " + limit + " characters");
    }
}
