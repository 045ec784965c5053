package io.github.camelchat.common.camel;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.github.camelchat.common.SessionRegistry;
import io.github.camelchat.common.session.ExecutorSessionScheduler;
import io.github.camelchat.common.session.SessionScheduler;
import io.github.camelchat.common.transport.ChatTransport;
import io.github.camelchat.common.transport.JdkWebSocketTransport;
import io.github.camelchat.common.transport.TransportOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What a component owns for all its sessions: the registry, one timer thread, the pools on which sockets are read and
 * send acknowledgements complete (all Camel-managed, so they show up in Camel's thread naming and are shut down with
 * the context), one TLS context per {@code SSLContextParameters}, and one JDK {@code HttpClient} per distinct transport
 * setting.
 */
public final class SessionResources implements AutoCloseable {

    private final CamelContext context;
    private final ExecutorServiceManager executors;
    private final ScheduledExecutorService timers;
    private final ExecutorService socketPool;
    private final ExecutorService completionPool;
    private final SessionScheduler scheduler;
    private final SessionRegistry registry = new SessionRegistry();
    private final Map<TransportOptions, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<TransportOptions, ChatTransport> transports = new ConcurrentHashMap<>();
    // by instance (the parameters have no equals): one SSLContext for every session of the same parameters, so that
    // their TransportOptions are equal and they share one HttpClient instead of a client (and selector thread) each
    private final Map<SSLContextParameters, SSLContext> sslContexts = new ConcurrentHashMap<>();

    public SessionResources(CamelContext context, Object owner, String name) {
        this.context = context;
        this.executors = context.getExecutorServiceManager();
        // every session keeps several timers (handshake, ping, idle, send timeouts): Camel's default profile caps a
        // scheduled pool's queue at 1000 tasks, which would reject timers once a few hundred sessions are open
        this.timers = executors.newScheduledThreadPool(owner, name + "Timers",
                new ThreadPoolProfileBuilder(name + "Timers").poolSize(1).maxPoolSize(1).maxQueueSize(-1).build());
        this.socketPool = executors.newCachedThreadPool(owner, name + "Socket");
        this.completionPool = executors.newCachedThreadPool(owner, name + "Ack");
        this.scheduler = new ExecutorSessionScheduler(timers);
    }

    public SessionRegistry registry() {
        return registry;
    }

    public SessionScheduler scheduler() {
        return scheduler;
    }

    public ExecutorService completions() {
        return completionPool;
    }

    /** The TLS context of these parameters, created once; {@code null} for none (the JDK default). */
    public SSLContext sslContext(SSLContextParameters parameters) {
        if (parameters == null) {
            return null;
        }
        return sslContexts.computeIfAbsent(parameters, p -> {
            try {
                return p.createSSLContext(context);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the TLS context from sslContextParameters: "
                        + e.getMessage(), e);
            }
        });
    }

    /** The shared transport for these options; inbound routing runs on the component's socket pool. */
    public ChatTransport transport(TransportOptions options) {
        TransportOptions withPool = withPool(options);
        return transports.computeIfAbsent(withPool,
                o -> new JdkWebSocketTransport(httpClient(o), o.maxMessageChars()));
    }

    /** The HTTP client behind {@link #transport}, for protocols that make HTTP calls before the WebSocket opens. */
    public HttpClient httpClient(TransportOptions options) {
        return httpClients.computeIfAbsent(withPool(options), JdkWebSocketTransport::newClient);
    }

    private TransportOptions withPool(TransportOptions options) {
        return new TransportOptions(options.sslContext(), options.proxy(), options.connectTimeout(), socketPool,
                options.maxMessageChars());
    }

    @Override
    public void close() {
        registry.stopAll();
        transports.clear();
        httpClients.clear();
        sslContexts.clear();
        executors.shutdown(timers);
        executors.shutdown(completionPool);
        executors.shutdown(socketPool);
    }
}
