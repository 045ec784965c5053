package io.github.camelchat.common.camel;

import io.github.camelchat.common.SessionKey;
import io.github.camelchat.common.SessionRegistry;
import io.github.camelchat.common.session.ChatSession;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;

/**
 * An endpoint whose consumers and producers share the session of its server and credential. A subclass names the key
 * and builds a session; this class leases it and remembers the last one for protocol state (rosters, player lists).
 *
 * @param <E> the session's event type
 */
public abstract class ChatEndpoint<E> extends DefaultEndpoint implements SessionSource<E>, EndpointServiceLocation {

    private volatile ChatSession<E> lastSession;

    protected ChatEndpoint(String uri, ChatComponent component) {
        super(uri, component);
    }

    @Override
    public ChatComponent getComponent() {
        return (ChatComponent) super.getComponent();
    }

    /** Which session this endpoint shares: server, credential and (where the protocol has one) channel. */
    protected abstract SessionKey sessionKey();

    /** A new session for {@link #sessionKey()}, built from this endpoint's options. */
    protected abstract ChatSession<E> newSession(SessionResources resources);

    @Override
    public SessionRegistry.Lease<E> acquireSession(boolean start) {
        SessionResources resources = getComponent().resources();
        SessionRegistry.Lease<E> lease = resources.registry().acquire(sessionKey(), () -> newSession(resources), start);
        lastSession = lease.session();
        return lease;
    }

    /** The session a consumer or producer of this endpoint last leased, or {@code null}. */
    protected ChatSession<E> lastSession() {
        return lastSession;
    }

    @Override
    public String maskedUri() {
        return URISupport.sanitizeUri(getEndpointUri());
    }

    @Override
    public String getServiceProtocol() {
        return "websocket";
    }
}
