package io.github.camelchat.common.camel;

import io.github.camelchat.common.SessionRegistry;

/** An endpoint that can lease its shared session. */
public interface SessionSource<E> {

    /** Leases (creating and starting if needed) the session of this endpoint's server and credential. */
    SessionRegistry.Lease<E> acquireSession();

    /** The endpoint URI with every secret masked. */
    String maskedUri();

    /** The endpoint's options (send timeout and disconnected behaviour apply per producer). */
    SessionConfiguration configuration();
}
