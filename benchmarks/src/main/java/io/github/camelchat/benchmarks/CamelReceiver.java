package io.github.camelchat.benchmarks;

import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.capi.CapiInbound;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.chatbox.ChatboxFrame;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.hitbox.HitboxConstants;
import io.github.camelchat.hitbox.HitboxInbound;
import io.github.camelchat.hitbox.model.ChatMsg;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * (c) / (d): a consumer of the component, in a fresh Camel context, routing every event to a no-op processor that only
 * counts it (and, in latency runs, reads the chat text from the header, or from the raw JSON body).
 */
final class CamelReceiver implements Receiver {

    /** What the route receives. */
    enum Mode {
        /** (c) typed bodies. */
        TYPED,
        /** (d) the frame's JSON text as body. */
        RAW_JSON,
        /**
         * (e) diagnostic: the consumer subscribes to another event kind, so it builds no exchanges; a session listener
         * counts the decoded events. The difference to (c) is the cost of the Camel exchange and routing.
         */
        SESSION_ONLY
    }

    private final Wire wire;
    private final Mode mode;
    private final boolean rawJson;

    CamelReceiver(Wire wire, boolean rawJson) {
        this(wire, rawJson ? Mode.RAW_JSON : Mode.TYPED);
    }

    CamelReceiver(Wire wire, Mode mode) {
        this.wire = wire;
        this.mode = mode;
        this.rawJson = mode == Mode.RAW_JSON;
    }

    @Override
    public String label() {
        return switch (mode) {
            case TYPED -> "(c) " + wire.scheme + ": typed bodies";
            case RAW_JSON -> "(d) " + wire.scheme + ": rawJson=true";
            case SESSION_ONLY -> "(e) diagnostic: " + wire.scheme + " session + decode, no exchange";
        };
    }

    /** The consumer URI for a flood server on this port. */
    String uri(int port) {
        String uri = switch (wire) {
            case CHATBOX -> "chatbox:bench?licenseKey=00000000-0000-4000-8000-000000000000&url=ws://127.0.0.1:" + port
                    + "/v2&events=chat_ingame";
            case CAPI -> "capi:bench?apiKey=bench&url=ws://127.0.0.1:" + port + "/v1/rpc/chat&events=message";
            case HITBOX -> "hitbox:" + FrameSamples.CHANNEL + "?servers=127.0.0.1:" + port
                    + "&allowGuest=true&events=chatMsg";
        };
        if (mode == Mode.SESSION_ONLY) {
            uri = uri.replace("events=chat_ingame", "events=hello").replace("events=message", "events=connect")
                    .replace("events=chatMsg", "events=loginMsg");
        }
        return rawJson ? uri + "&rawJson=true" : uri;
    }

    /** Whether a session event is one of the flooded kind (for {@link Mode#SESSION_ONLY}). */
    private boolean flooded(Object event) {
        return switch (wire) {
            case CHATBOX -> event instanceof ChatboxFrame f && f.packet() instanceof IngameChatEvent;
            case CAPI -> event instanceof CapiInbound in && in.event() instanceof MessageEvent;
            case HITBOX -> event instanceof HitboxInbound in && in.message() instanceof ChatMsg;
        };
    }

    private String textHeader() {
        return switch (wire) {
            case CHATBOX -> ChatboxConstants.TEXT;
            case CAPI -> CapiConstants.MESSAGE;
            case HITBOX -> HitboxConstants.TEXT;
        };
    }

    Processor counter(Tally tally) {
        if (!tally.measuresLatency()) {
            return exchange -> tally.event(null);
        }
        String header = textHeader();
        return rawJson
                ? exchange -> tally.event(exchange.getIn().getBody(String.class))
                : exchange -> tally.event(exchange.getIn().getHeader(header, String.class));
    }

    @Override
    public void run(FloodServer server, Tally tally, long timeoutSeconds) throws Exception {
        try (CamelContext context = context(uri(server.port()), counter(tally))) {
            context.start();
            if (mode == Mode.SESSION_ONLY) {
                @SuppressWarnings("unchecked")
                ChatSession<Object> session = (ChatSession<Object>) ((ChatConsumer<?>) context.getRoutes().get(0)
                        .getConsumer()).getSession();
                session.addListener(event -> {
                    if (flooded(event)) {
                        tally.event(null);
                    }
                    return null;
                });
            }
            tally.await(timeoutSeconds, label());
        }
    }

    /** A context with one route from {@code uri} to {@code processor}; not started. */
    static CamelContext context(String uri, Processor processor) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(5);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("bench").process(processor);
            }
        });
        return context;
    }
}
