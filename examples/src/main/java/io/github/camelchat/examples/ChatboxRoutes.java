package io.github.camelchat.examples;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.chatbox.model.ChatboxChatEvent;
import io.github.camelchat.chatbox.model.ChatboxEvent;
import io.github.camelchat.chatbox.model.ChatboxEventType;
import io.github.camelchat.chatbox.model.CommandEvent;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;

/**
 * Minecraft, through {@code chatbox:}: events in, chat relayed, {@code \ping} and {@code \help} answered by tell,
 * the other games' lines said in public chat. Endpoint URIs come from placeholders ({@code chatbox.*}) so the same
 * routes serve the embedded simulator and a real server.
 */
public class ChatboxRoutes extends GameRoutes {

    /** Every event the component knows; a plain list documents the choice better than leaving the option out. */
    static final String ALL_EVENTS = Arrays.stream(ChatboxEventType.values())
            .filter(ChatboxEventType::isEvent)
            .map(ChatboxEventType::wireName)
            .collect(Collectors.joining(","));

    // RAW(): a URL and a key are opaque values, not URI syntax for Camel to re-encode
    private static final String CHATBOX = "chatbox:{{" + ChatboxTarget.NAME + "}}"
            + "?url=RAW({{" + ChatboxTarget.URL + "}})&licenseKey=RAW({{" + ChatboxTarget.LICENSE_KEY + "}})";
    static final String EVENTS_IN = CHATBOX + "&events=" + ALL_EVENTS;
    static final String SAYS_OUT = CHATBOX + "&operation=say" + LAZY_PRODUCER;
    static final String TELLS_OUT = CHATBOX + "&operation=tell" + LAZY_PRODUCER;
    private static final String COMMANDS = "seda:chatbox-commands";
    private static final String REPLY_LINE = "tell ${header." + ChatboxConstants.USER + "}: ${body}";

    private final String botName;

    /** @param botName the chatbox name our messages show, which is how their echoes are recognised */
    public ChatboxRoutes(DemoStats stats, String botName) {
        super(Game.MINECRAFT, stats);
        this.botName = botName;
    }

    @Override
    public void configure() {
        sayRelayedLinesWith(SAYS_OUT);

        // the bot answers on its own route: a tell waits for the server's confirmation, events should not
        from(COMMANDS).routeId("chatbox-commands").startupOrder(StartupOrder.commands(game))
                .filter(header(ChatboxConstants.OWNER_ONLY).isNotEqualTo(true))
                .setHeader(ChatboxConstants.USER, header(ChatboxConstants.SENDER_NAME))
                .choice()
                    .when(header(ChatboxConstants.COMMAND).isEqualTo(BotCommands.PING))
                        .setBody(constant(BotCommands.PONG))
                        .to(TELLS_OUT)
                        .process(exchange -> stats.commandAnswered(game))
                        .log(LoggingLevel.INFO, TRANSCRIPT, botLine(REPLY_LINE))
                    .when(header(ChatboxConstants.COMMAND).isEqualTo("help"))
                        .setBody(constant(BotCommands.CHATBOX_HELP))
                        .to(TELLS_OUT)
                        .process(exchange -> stats.commandAnswered(game))
                        .log(LoggingLevel.INFO, TRANSCRIPT, botLine(REPLY_LINE))
                .end();

        relayIfChat(fromEvents(EVENTS_IN, ChatboxConstants.EVENT_TYPE, ChatboxConstants.SENDER_NAME, this::transcript)
                        .filter(body().isInstanceOf(CommandEvent.class))
                            .to(COMMANDS + "?waitForTaskToComplete=Never")
                        .end(),
                exchange -> RelayRules.fromChatbox(exchange.getMessage().getBody(ChatboxEvent.class), botName));
    }

    private String transcript(Exchange exchange) {
        ChatboxEvent event = exchange.getMessage().getBody(ChatboxEvent.class);
        // the echo of what the bot said: the relay-out route has shown it already
        if (event instanceof ChatboxChatEvent chat && RelayRules.isOwnChatboxEcho(chat, botName)) {
            return null;
        }
        return ChatboxTranscript.line(event);
    }
}
