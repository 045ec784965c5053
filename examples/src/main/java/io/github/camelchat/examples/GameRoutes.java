package io.github.camelchat.examples;

import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;

/**
 * What the three games' routes have in common: every inbound event goes to the journal and the transcript, chat
 * found relayable goes to the hub, and relayed lines from the other games are said here, one at a time.
 */
public abstract class GameRoutes extends RouteBuilder {

    /**
     * For every producer URI. Camel starts all producers before any consumer; a producer would open the session it
     * shares with the consumer, and what the server sends on connecting (Battle.net's member list, hitbox's
     * backlog) would arrive before the consumer is there to take it. Started on its first message, the producer
     * joins the session the consumer opened.
     */
    protected static final String LAZY_PRODUCER = "&lazyStartProducer=true";

    /** The console transcript's logger: time and line, nothing else. */
    public static final String TRANSCRIPT = "chat.transcript";
    private static final String LINE = "transcriptLine";

    protected final Game game;
    protected final DemoStats stats;

    protected GameRoutes(Game game, DemoStats stats) {
        this.game = game;
        this.stats = stats;
    }

    /**
     * The start of this game's event route: journal and transcript. Returns the route to go on with, the event
     * still the body.
     *
     * @param typeHeader the component's header naming the kind of event
     * @param userHeader the component's header naming who the event is about
     * @param transcript the event as a readable line, or null to leave it out of the transcript (our own echoes)
     */
    protected ProcessorDefinition<?> fromEvents(String uri, String typeHeader, String userHeader,
                                                Function<Exchange, String> transcript) {
        return from(uri).routeId(game.source() + "-events").startupOrder(StartupOrder.events(game))
                .setHeader(JournalRoutes.SOURCE, constant(game.source()))
                .setHeader(JournalRoutes.TYPE, header(typeHeader))
                .setHeader(JournalRoutes.USER, header(userHeader))
                // the journal works on a copy: the event stays the body here
                .enrich(JournalRoutes.JOURNAL, AggregationStrategies.useOriginal())
                .process(exchange -> exchange.setProperty(LINE, transcript.apply(exchange)))
                .filter(exchangeProperty(LINE).isNotNull())
                    .log(LoggingLevel.INFO, TRANSCRIPT, game.tag() + "${exchangeProperty." + LINE + "}")
                .end();
    }

    /** Ends an event route: the line the rule finds in the event, if any, goes to the hub. */
    protected void relayIfChat(ProcessorDefinition<?> events, Function<Exchange, RelayedChat> rule) {
        events.process(exchange -> exchange.getMessage().setBody(rule.apply(exchange)))
                .filter(body().isNotNull())
                    .to(RelayRoutes.RELAY);
    }

    /**
     * The route that says the other games' lines here, in arrival order, each cut to this game's limit.
     */
    protected void sayRelayedLinesWith(String producerUri) {
        from(RelayRoutes.queueOf(game)).routeId(game.source() + "-relay-out")
                .startupOrder(StartupOrder.relayOut(game))
                // the line's origin headers mean nothing to this game's producer
                .removeHeaders("*")
                .setBody().body(RelayedChat.class, chat -> chat.lineFor(game))
                .setProperty(LINE, body())
                .to(producerUri)
                .process(exchange -> stats.relayed(game.source()))
                .log(LoggingLevel.INFO, TRANSCRIPT, game.tag() + "[bot] ${exchangeProperty." + LINE + "}");
    }

    /** A transcript line for an answer the bot gave. */
    protected String botLine(String what) {
        return game.tag() + "[bot] " + what;
    }
}
