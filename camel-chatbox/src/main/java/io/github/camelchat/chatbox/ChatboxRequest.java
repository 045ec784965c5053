package io.github.camelchat.chatbox;

/**
 * A say or tell on its way to the session, with the producer's per-message choice of confirmation.
 *
 * @param message         a {@code Say} or {@code Tell}
 * @param confirmOnQueued complete on {@code message_queued} instead of {@code message_sent}
 */
record ChatboxRequest(Object message, boolean confirmOnQueued) {
}
