package io.github.camelchat.examples;

import io.github.camelchat.hitbox.HitboxConstants;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.HitboxMessage;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Predicate;

/**
 * hitbox, through {@code hitbox:}: messages in (the backlog too, for the journal), live chat relayed, {@code !ping}
 * answered in chat, the other games' lines said in chat.
 */
public class HitboxRoutes extends GameRoutes {

    // notify asks for join and part notices; every URI carries it, as the first endpoint sets up the shared socket
    private static final String HITBOX = "hitbox:{{" + HitboxTarget.CHANNEL + "}}"
            + "?name=RAW({{" + HitboxTarget.NAME + "}})&token=RAW({{" + HitboxTarget.TOKEN + "}})"
            + "&serversUrl=RAW({{" + HitboxTarget.SERVERS_URL + "}})&notify=true";
    static final String EVENTS_IN = HITBOX;
    static final String CHAT_OUT = HITBOX + "&operation=chatMsg" + LAZY_PRODUCER;
    private static final String COMMANDS = "seda:hitbox-commands";

    private final String botName;

    /** @param botName the bot's chat name, which is how the echoes of its messages are recognised */
    public HitboxRoutes(DemoStats stats, String botName) {
        super(Game.HITBOX, stats);
        this.botName = botName;
    }

    @Override
    public void configure() {
        sayRelayedLinesWith(CHAT_OUT);

        // the server refuses a repeat of the bot's previous line: "@name pong" differs between users
        from(COMMANDS).routeId("hitbox-commands").startupOrder(StartupOrder.commands(game))
                .setBody(simple("@${header." + HitboxConstants.SENDER_NAME + "} " + BotCommands.PONG))
                .to(CHAT_OUT)
                .process(exchange -> stats.commandAnswered(game))
                .log(LoggingLevel.INFO, TRANSCRIPT, botLine("${body}"));

        relayIfChat(fromEvents(EVENTS_IN, HitboxConstants.METHOD, HitboxConstants.SENDER_NAME, this::transcript)
                        .filter(isPing())
                            .to(COMMANDS + "?waitForTaskToComplete=Never")
                        .end(),
                exchange -> exchange.getMessage().getBody() instanceof ChatMsg chat
                        ? RelayRules.fromHitbox(chat, botName) : null);
    }

    /** {@code !ping} said live by someone else: a backlog line was answered, if at all, before we came. */
    private Predicate isPing() {
        return exchange -> exchange.getMessage().getBody() instanceof ChatMsg chat && !chat.backlog()
                && !RelayRules.isOwnHitboxEcho(chat, botName) && BotCommands.isPing(chat.text());
    }

    private String transcript(Exchange exchange) {
        HitboxMessage message = exchange.getMessage().getBody(HitboxMessage.class);
        // the echo of what the bot said: the routes that said it have shown it already
        if (message instanceof ChatMsg chat && !chat.backlog() && RelayRules.isOwnHitboxEcho(chat, botName)) {
            return null;
        }
        return HitboxTranscript.line(message);
    }
}
