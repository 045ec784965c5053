package io.github.camelchat.common.camel;

import io.github.camelchat.common.SessionRegistry;

/** An endpoint that can lease its shared session. */
public interface SessionSource<E> {

    /**
     * Leases (creating if needed) the session of this endpoint's server and credential; {@code start} starts a new
     * one at once, else the caller starts it when it is ready to receive.
     */
    SessionRegistry.Lease<E> acquireSession(boolean start);

    /** The endpoint URI with every secret masked. */
    String maskedUri();

    /** The endpoint's options (send timeout and disconnected behaviour apply per producer). */
    SessionConfiguration configuration();
}
