package io.github.camelchat.common.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelchat.common.SessionRegistry;
import io.github.camelchat.common.session.ChatSession;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.HealthCheckComponent;

/**
 * Turns an exchange into one outbound message of a shared session and completes the exchange when the server
 * acknowledged it (or fails it with the reason). Never blocks the calling thread.
 *
 * @param <E> the session's event type
 */
public abstract class ChatProducer<E> extends DefaultAsyncProducer {

    private final SessionSource<E> source;
    private volatile SessionRegistry.Lease<E> lease;
    private WritableHealthCheckRepository healthRepository;
    private SessionHealthCheck healthCheck;

    protected ChatProducer(Endpoint endpoint, SessionSource<E> source) {
        super(endpoint);
        this.source = source;
    }

    /** Builds the protocol message from the exchange; throws with a clear message when the exchange is unusable. */
    protected abstract Object toMessage(Exchange exchange) throws Exception;

    /** Called with the server's acknowledgement, to set result headers. */
    protected void onAcknowledged(Exchange exchange, Object reply) {
    }

    public ChatSession<E> getSession() {
        SessionRegistry.Lease<E> current = lease;
        return current == null ? null : current.session();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CamelContext context = getEndpoint().getCamelContext();
        // Camel starts producers before consumers: a producer that connected at once could open a shared session
        // before the consumer of the same bot listens, and what the server sends on connect would be lost
        boolean contextStarted = context.getStatus().isStarted();
        lease = source.acquireSession(contextStarted);
        if (!contextStarted) {
            ChatSession<E> session = lease.session();
            context.addStartupListener(new StartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext camelContext, boolean alreadyStarted) {
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext camelContext, boolean alreadyStarted) {
                    session.start();
                }
            });
        }
        healthRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthRepository != null) {
            healthCheck = new SessionHealthCheck("camel", "producer:" + source.maskedUri(), this::getSession,
                    source.maskedUri(), source.configuration().getHealthFailureThreshold());
            if (getEndpoint().getComponent() instanceof HealthCheckComponent component) {
                healthCheck.setEnabled(component.isHealthCheckProducerEnabled());
            }
            healthRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        SessionRegistry.Lease<E> current = lease;
        lease = null;
        if (current != null) {
            current.close();
        }
        if (healthRepository != null && healthCheck != null) {
            healthRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ChatSession<E> session = getSession();
        CompletableFuture<Object> sent;
        try {
            if (session == null) {
                throw new IllegalStateException("Producer " + source.maskedUri() + " is not started");
            }
            SessionConfiguration options = source.configuration();
            sent = session.send(toMessage(exchange), options.getSendTimeout(), options.whileDisconnectedPolicy());
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (sent.isDone()) {
            complete(exchange, sent);
            callback.done(true);
            return true;
        }
        sent.whenComplete((reply, error) -> {
            complete(exchange, sent);
            callback.done(false);
        });
        return false;
    }

    private void complete(Exchange exchange, CompletableFuture<Object> sent) {
        try {
            onAcknowledged(exchange, sent.join());
        } catch (CompletionException e) {
            exchange.setException(e.getCause());
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }
}
