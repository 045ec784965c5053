package io.github.camelchat.reliability.rig;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.OrderedSends;
import io.github.camelchat.reliability.Secrets;
import io.github.camelchat.simulator.ChatSimulator;
import io.github.camelchat.simulator.SimulatorCertificate;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * One component on its simulator, behind one interface, so that each scenario is written once and runs for all three:
 * start the simulator and a CamelContext (a consumer route that records the chat events it receives, and the
 * component's health checks as camel-main registers them), submit messages through the producer in order, read what
 * the simulator carried out, and inject the faults. Every credential the rig creates is registered with
 * {@link Secrets}.
 */
public abstract class ChatRig implements AutoCloseable {

    /** Route id of the consumer. */
    public static final String EVENTS = "events";

    /** Shared session options: fast reconnects, a WebSocket ping every 200 ms and a 1.5 s idle timeout. */
    protected static final String SESSION_OPTIONS = "reconnectDelay=100&maxReconnectDelay=400&connectTimeout=2000"
            + "&pingInterval=200&idleTimeout=1500&sendTimeout=10000";

    protected CamelContext context;
    private final List<String> eventTexts = new CopyOnWriteArrayList<>();
    private final List<String> eventTypes = new CopyOnWriteArrayList<>();
    private final List<String> routeErrors = new CopyOnWriteArrayList<>();
    private String extraSessionOptions = "";
    private final java.util.Map<String, Object> beans = new java.util.LinkedHashMap<>();
    /** The certificate the simulator serves TLS with, or null for plain {@code ws://}. */
    protected SimulatorCertificate tls;

    /** {@code chatbox}, {@code capi} or {@code hitbox}. */
    public abstract String component();

    // ---------------------------------------------------------------- simulator

    /** Starts the simulator and creates the bot's credentials. */
    public abstract ChatRig startServer();

    /** The simulator {@link #startServer()} started, or null before. */
    public abstract ChatSimulator simulator();

    /**
     * Before {@link #startServer()}: the simulator serves TLS with this certificate, and the bot dials it by the name
     * {@code localhost} (what the certificates name and hostname verification checks, rather than 127.0.0.1). The
     * hitbox rig then connects directly, without its fault proxy.
     */
    public ChatRig tls(SimulatorCertificate certificate) {
        this.tls = certificate;
        return this;
    }

    /** A simulator URL as the bot dials it: with TLS by host name, see {@link #tls}. */
    protected String dialable(String url) {
        return tls == null ? url : url.replace("://127.0.0.1:", "://localhost:");
    }

    /** The simulator stops listening for {@code downtime} and comes back on the same port (credentials survive). */
    public void restart(Duration downtime) {
        simulator().restart(downtime);
    }

    public boolean listening() {
        return simulator().isListening();
    }

    /** Kills every TCP connection without a close frame. */
    public void drop() {
        simulator().dropAll();
    }

    /** The server stops answering WebSocket pings (hitbox: and stops its heartbeats), or starts again. */
    public void keepaliveFault(boolean on) {
        simulator().setAnswerPings(!on);
    }

    /** The server sends nothing at all but still reads and carries out requests (half-open), or talks again. */
    public void silent(boolean on) {
        simulator().setSilent(on);
    }

    /**
     * While on, a message the client writes stays unconfirmed and not carried out (chatbox: delivery tick stopped;
     * CAPI: response delayed; hitbox: request held in a proxy); off lets it through.
     */
    public abstract void holdInFlight(boolean on);

    /** Whether at least {@code count} messages are held in flight by {@link #holdInFlight}. */
    public abstract boolean inFlight(int count);

    /** Whether the component has a retryable rate-limit answer. */
    public boolean hasRateLimit() {
        return true;
    }

    /** A storm of rate-limit answers while on. */
    public abstract void rateLimitStorm(boolean on);

    /** How many message frames the server received from the bot, retries included. */
    public abstract int messageFramesReceived();

    /** The bot's message texts the simulator carried out (said in chat), in order, repeats included. */
    public abstract List<String> delivered();

    /** A chat event from another user that the bot's consumer should receive. */
    public abstract void emitEvent(String text);

    /** Sends this frame to every open socket as is. */
    public void injectRaw(String frame) {
        simulator().injectRaw(frame);
    }

    public void injectInvalidUtf8() {
        simulator().injectInvalidUtf8();
    }

    /** Connection attempts the server saw (WebSocket upgrades; hitbox: Socket.IO handshakes). */
    public int serverConnectionAttempts() {
        return simulator().connectionAttempts();
    }

    /** The frames (in the protocol's own shape) that the bot sent to the server. */
    public abstract List<String> framesReceived();

    // ---------------------------------------------------------------- Camel

    /** {@code scheme:path?credentials&server} of the bot. */
    protected abstract String baseUri();

    protected abstract String consumerOptions();

    protected abstract String producerOptions();

    /** Replaces the bot's credentials in the URIs with wrong ones (registered as secrets). */
    public abstract ChatRig withWrongCredentials();

    /** A bean for the registry (e.g. {@code sslContextParameters} to refer to as {@code #name}), bound at start. */
    public ChatRig bean(String name, Object value) {
        beans.put(name, value);
        return this;
    }

    /** Extra session options (reconnect, keepalive, limits) for the consumer and every producer URI. */
    public ChatRig sessionOptions(String options) {
        this.extraSessionOptions = options;
        return this;
    }

    public String consumerUri() {
        return baseUri() + "&" + merge(consumerOptions(), SESSION_OPTIONS, extraSessionOptions);
    }

    public String producerUri() {
        return producerUri("");
    }

    /** A producer URI; with the same credentials it shares the consumer's session. */
    public String producerUri(String extra) {
        return baseUri() + "&" + merge(producerOptions(), SESSION_OPTIONS, extraSessionOptions, extra);
    }

    /** Joins {@code a=b&c=d} option strings; a later value of an option replaces an earlier one. */
    static String merge(String... parts) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            for (String option : part.split("&")) {
                int eq = option.indexOf('=');
                options.put(eq < 0 ? option : option.substring(0, eq), option);
            }
        }
        return String.join("&", options.values());
    }

    /** The header of a consumed exchange that carries the chat text. */
    protected abstract String textHeader();

    protected abstract String typeHeader();

    /** Whether a consumed event is one of the bot's own messages coming back (not counted as an event). */
    protected boolean ownEcho(Exchange exchange) {
        return false;
    }

    /** Creates and starts the CamelContext; returns how long {@code start()} took. */
    public Duration startCamel() throws Exception {
        context = new DefaultCamelContext();
        // what camel-main does for camel.health.consumersEnabled / producersEnabled=true
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        HealthCheckRepository producers = (HealthCheckRepository) registry.resolveById("producers");
        producers.setEnabled(true);
        registry.register(producers);
        beans.forEach(context.getRegistry()::bind);
        bind(context);
        String from = consumerUri();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(e -> routeErrors.add(
                        String.valueOf(e.getProperty(Exchange.EXCEPTION_CAUGHT))));
                from(from).routeId(EVENTS).process(exchange -> {
                    if (ownEcho(exchange)) {
                        return;
                    }
                    eventTypes.add(String.valueOf(exchange.getMessage().getHeader(typeHeader())));
                    String text = exchange.getMessage().getHeader(textHeader(), String.class);
                    if (text != null) {
                        eventTexts.add(text);
                    }
                });
            }
        });
        long start = System.nanoTime();
        context.start();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Registers beans before the routes are added. */
    protected void bind(CamelContext camelContext) {
    }

    public CamelContext context() {
        return context;
    }

    /** The session of the consumer (shared by the producers with the same credentials). */
    public ChatSession<?> session() {
        ChatConsumer<?> consumer = (ChatConsumer<?>) context.getRoute(EVENTS).getConsumer();
        return consumer.getSession();
    }

    public void awaitReady() {
        await().atMost(20, TimeUnit.SECONDS).until(() -> session() != null && session().getState() == SessionState.READY);
    }

    /** Submits the bodies, in order, through the default producer. */
    public List<CompletableFuture<Exchange>> submit(List<String> bodies) throws Exception {
        return submit(producerUri(), bodies);
    }

    public List<CompletableFuture<Exchange>> submit(String uri, List<String> bodies) throws Exception {
        return OrderedSends.sendInOrder(context, uri, bodies);
    }

    /** The chat texts the route received from other users, in order. */
    public List<String> eventTexts() {
        return List.copyOf(eventTexts);
    }

    public List<String> eventTypes() {
        return List.copyOf(eventTypes);
    }

    /** Exceptions that reached the route (none expected). */
    public List<String> routeErrors() {
        return List.copyOf(routeErrors);
    }

    /** Readiness results of every check, all also observed for the secrets check. */
    public List<HealthCheck.Result> readiness() {
        List<HealthCheck.Result> results = List.copyOf(HealthCheckHelper.invokeReadiness(context, "full"));
        results.forEach(r -> Secrets.observe(r.getCheck().getId() + " " + r.getState() + " " + r.getMessage() + " "
                + r.getDetails() + " " + r.getError().map(Secrets::describe).orElse("")));
        return results;
    }

    public HealthCheck.Result readiness(String id) {
        return readiness().stream().filter(r -> r.getCheck().getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no health check " + id + " in " + readiness().stream()
                        .map(r -> r.getCheck().getId()).toList()));
    }

    /** The id of the producer readiness check of this URI. */
    public String producerCheckId(String uri) {
        return "producer:" + ((io.github.camelchat.common.camel.ChatEndpoint<?>) context.getEndpoint(uri)).maskedUri();
    }

    public static String consumerCheckId() {
        return "consumer:" + EVENTS;
    }

    /** Texts a user could see: endpoint and route {@code toString()}s, session name and reason. */
    public void observeVisibleTexts() {
        if (context == null) {
            return;
        }
        context.getEndpoints().forEach(e -> Secrets.observe(e.toString()));
        context.getEndpoints().forEach(e -> {
            if (e instanceof io.github.camelchat.common.camel.ChatEndpoint<?> chat) {
                Secrets.observe(chat.maskedUri());
                Secrets.observe(chat.getServiceUrl());
                Secrets.observe(String.valueOf(chat.getServiceMetadata()));
            }
        });
        context.getRoutes().forEach(r -> Secrets.observe(r.toString() + " " + r.getEndpoint() + " "
                + r.getConsumer()));
        ChatSession<?> session = session();
        if (session != null) {
            Secrets.observe(session.getName() + " " + session.getState() + " " + session.getStateReason() + " "
                    + session);
        }
    }

    protected void stopServer() {
        ChatSimulator simulator = simulator();
        if (simulator != null) {
            simulator.close();
        }
    }

    @Override
    public void close() {
        try {
            observeVisibleTexts();
        } catch (RuntimeException ignored) {
            // best effort: the context may not have started
        }
        try {
            if (context != null) {
                context.close();
            }
        } catch (Exception ignored) {
            // closing anyway
        } finally {
            stopServer();
        }
    }

    @Override
    public String toString() {
        return component();
    }
}
