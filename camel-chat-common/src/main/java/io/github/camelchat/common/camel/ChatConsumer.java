package io.github.camelchat.common.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelchat.common.SessionRegistry;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionListener;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.HealthCheckComponent;

/**
 * One exchange per inbound event of a shared session. Routing is asynchronous; the socket reads its next frame only
 * when the exchange is done, so a slow route slows the server down instead of filling memory. Errors that escape the
 * route go to the consumer's exception handler, which is the error handler when {@code bridgeErrorHandler=true}.
 *
 * @param <E> the session's event type
 */
public abstract class ChatConsumer<E> extends DefaultConsumer implements SessionListener<E>, ShutdownAware {

    private final SessionSource<E> source;
    private volatile SessionRegistry.Lease<E> lease;
    private final AtomicInteger routing = new AtomicInteger();

    protected ChatConsumer(Endpoint endpoint, Processor processor, SessionSource<E> source) {
        super(endpoint, processor);
        this.source = source;
    }

    /** Whether this consumer routes the event (the {@code events} filter). */
    protected abstract boolean accepts(E event);

    /** Sets body and headers of a new exchange from the event. */
    protected abstract void populate(Exchange exchange, E event) throws Exception;

    /** The session while the consumer runs, else {@code null}. */
    public ChatSession<E> getSession() {
        SessionRegistry.Lease<E> current = lease;
        return current == null ? null : current.session();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SessionRegistry.Lease<E> acquired = source.acquireSession(false);
        acquired.session().addListener(this);
        lease = acquired;
        // listening before connecting: nothing the server sends on connect (hello, rosters, backlog) is missed
        acquired.session().start();
        // Camel's "consumer:<routeId>" readiness check asks HealthCheckAware consumers for their own check
        SessionHealthCheck healthCheck = new SessionHealthCheck("camel", "chat-session:" + getRouteId(), this::getSession,
                source.maskedUri(), source.configuration().getHealthFailureThreshold());
        if (getEndpoint().getComponent() instanceof HealthCheckComponent component) {
            healthCheck.setEnabled(component.isHealthCheckConsumerEnabled());
        }
        setHealthCheck(healthCheck);
    }

    @Override
    protected void doStop() throws Exception {
        SessionRegistry.Lease<E> current = lease;
        lease = null;
        if (current != null) {
            current.session().removeListener(this);
            current.close();
        }
        super.doStop();
    }

    /** Graceful shutdown waits for the events this consumer is still routing before stopping the route. */
    @Override
    public int getPendingExchangesSize() {
        return routing.get();
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // nothing buffered here: events not yet read stay on the socket, which closes with the consumer
    }

    @Override
    public CompletionStage<?> onEvent(E event) {
        if (!isRunAllowed() || !accepts(event)) {
            return null;
        }
        Exchange exchange = createExchange(false);
        try {
            populate(exchange, event);
        } catch (Exception e) {
            getExceptionHandler().handleException("Cannot map a chat event to an exchange", exchange, e);
            releaseExchange(exchange, false);
            return null;
        }
        CompletableFuture<Void> routed = new CompletableFuture<>();
        routing.incrementAndGet();
        boolean sync = getAsyncProcessor().process(exchange, doneSync -> {
            routing.decrementAndGet();
            try {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Error processing chat event", exchange,
                            exchange.getException());
                }
            } finally {
                releaseExchange(exchange, false);
                routed.complete(null);
            }
        });
        return sync ? null : routed;
    }
}
