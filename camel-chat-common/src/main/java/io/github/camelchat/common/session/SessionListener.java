package io.github.camelchat.common.session;

import java.util.concurrent.CompletionStage;

/** A consumer of a session's events and state changes. */
public interface SessionListener<E> {

    /**
     * One inbound event, called on the thread that read it.
     *
     * @return {@code null} when handled, or a stage that completes when routing is done; the socket reads its next frame
     *         only after every listener's stage completed (back-pressure)
     */
    CompletionStage<?> onEvent(E event);

    /** The session changed state; {@code reason} explains losses and failures. */
    default void onStateChange(SessionState state, String reason) {
    }
}
