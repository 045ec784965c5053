package io.github.camelchat.examples;

import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.capi.CapiRoster;
import io.github.camelchat.capi.model.CapiEvent;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.MessageType;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Predicate;

/**
 * Battle.net, through {@code capi:}: events in, channel chat and emotes relayed, {@code !ping} in the channel answered
 * in the channel, any whisper answered by whisper, the other games' lines said in the channel.
 */
public class CapiRoutes extends GameRoutes {

    // every URI carries the connection-level sendInterval: whichever endpoint opens the shared session sets it
    private static final String CAPI = "capi:relay?url=RAW({{" + CapiTarget.URL + "}})"
            + "&apiKey=RAW({{" + CapiTarget.API_KEY + "}})&sendInterval={{" + DemoSettings.CAPI_SEND_INTERVAL + "}}";
    /** Every event, the member listing after each connect included: it belongs in the journal. */
    static final String EVENTS_IN = CAPI;
    static final String MESSAGES_OUT = CAPI + "&operation=sendMessage" + LAZY_PRODUCER;
    static final String WHISPERS_OUT = CAPI + "&operation=sendWhisper" + LAZY_PRODUCER;
    private static final String COMMANDS = "seda:capi-commands";

    public CapiRoutes(DemoStats stats) {
        super(Game.BATTLE_NET, stats);
    }

    @Override
    public void configure() {
        sayRelayedLinesWith(MESSAGES_OUT);

        from(COMMANDS).routeId("capi-commands").startupOrder(StartupOrder.commands(game))
                .setBody(header(CapiConstants.MESSAGE))
                .choice()
                    .when(header(CapiConstants.MESSAGE_TYPE).isEqualTo(MessageType.Whisper.name()))
                        .setHeader(CapiConstants.TARGET_USER_ID, header(CapiConstants.USER_ID))
                        .setBody().body(String.class, BotCommands::whisperReply)
                        .to(WHISPERS_OUT)
                        .process(exchange -> stats.commandAnswered(game))
                        .log(LoggingLevel.INFO, TRANSCRIPT, botLine("whisper ${header.CamelCapiToonName}: ${body}"))
                    .otherwise()
                        .setBody(simple(BotCommands.PONG + ", ${header.CamelCapiToonName}"))
                        .to(MESSAGES_OUT)
                        .process(exchange -> stats.commandAnswered(game))
                        .log(LoggingLevel.INFO, TRANSCRIPT, botLine("say: ${body}"))
                .end();

        relayIfChat(fromEvents(EVENTS_IN, CapiConstants.EVENT_TYPE, CapiConstants.TOON_NAME, CapiRoutes::transcript)
                        .filter(isForTheBot())
                            .to(COMMANDS + "?waitForTaskToComplete=Never")
                        .end(),
                CapiRoutes::relayable);
    }

    /** A whisper from someone else, or {@code !ping} in the channel. */
    private static Predicate isForTheBot() {
        return exchange -> exchange.getMessage().getBody() instanceof MessageEvent message
                && message.userId() != CapiRoster.SELF
                && (message.type() == MessageType.Whisper
                        || message.type() == MessageType.Channel && BotCommands.isPing(message.message()));
    }

    private static RelayedChat relayable(Exchange exchange) {
        return exchange.getMessage().getBody() instanceof MessageEvent message
                ? RelayRules.fromCapi(message, exchange.getMessage().getHeader(CapiConstants.TOON_NAME, String.class))
                : null;
    }

    private static String transcript(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof MessageEvent message && message.userId() == CapiRoster.SELF) {
            // the bot's own emote, echoed back: the route that sent it shows what the bot says
            return null;
        }
        return CapiTranscript.line(exchange.getMessage().getBody(CapiEvent.class),
                exchange.getMessage().getHeader(CapiConstants.TOON_NAME, String.class),
                Boolean.TRUE.equals(exchange.getMessage().getHeader(CapiConstants.INITIAL_ROSTER, Boolean.class)));
    }
}
