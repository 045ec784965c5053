package io.github.camelchat.examples;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.chatbox.model.ChatboxCodec;
import io.github.camelchat.chatbox.model.ChatboxEvent;
import io.github.camelchat.chatbox.model.ChatboxEventType;
import io.github.camelchat.chatbox.model.CommandEvent;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The relay and the bot. Endpoint URIs come from placeholders ({@code chatbox.*}, {@code demo.journal.*}) so the same
 * routes serve the embedded simulator and a real server.
 */
public class ChatboxDemoRoutes extends RouteBuilder {

    public static final String JOURNAL_DIR = "demo.journal.dir";
    public static final String JOURNAL_FILE = "demo.journal.file";

    /** Every event the component knows; a plain list documents the choice better than leaving the option out. */
    static final String ALL_EVENTS = Arrays.stream(ChatboxEventType.values())
            .filter(ChatboxEventType::isEvent)
            .map(ChatboxEventType::wireName)
            .collect(Collectors.joining(","));

    private static final String REPLY_LINE = "[bot] tell ${header." + ChatboxConstants.USER + "}: ${body}";
    static final String HELP = "Commands: \\ping (I answer pong), \\help (this list)";

    // RAW(): a URL and a key are opaque values, not URI syntax for Camel to re-encode
    private static final String CHATBOX = "chatbox:{{" + ChatboxTarget.NAME + "}}"
            + "?url=RAW({{" + ChatboxTarget.URL + "}})&licenseKey=RAW({{" + ChatboxTarget.LICENSE_KEY + "}})";
    static final String EVENTS_IN = CHATBOX + "&events=" + ALL_EVENTS;
    static final String TELLS_OUT = CHATBOX + "&operation=tell";
    static final String JOURNAL = "file:{{" + JOURNAL_DIR + "}}?fileName={{" + JOURNAL_FILE + "}}"
            + "&fileExist=Append&charset=utf-8";

    private final DemoStats stats;

    public ChatboxDemoRoutes(DemoStats stats) {
        this.stats = stats;
    }

    @Override
    public void configure() {
        // a failed tell or journal write is counted and logged; the relay goes on
        onException(Exception.class)
                .handled(true)
                .process(exchange -> stats.error())
                .log(LoggingLevel.WARN, "chat.errors", "${routeId}: ${exception.message}");

        from(EVENTS_IN).routeId("chat-events")
                .process(exchange -> stats.eventIn(exchange.getMessage().getHeader(ChatboxConstants.EVENT_TYPE, String.class)))
                .process(exchange -> exchange.setProperty("transcript",
                        TranscriptLine.of(exchange.getMessage().getBody(ChatboxEvent.class))))
                .log(LoggingLevel.INFO, "chat.transcript", "${exchangeProperty.transcript}")
                // the bot answers on its own route: a tell waits for the server's confirmation, events should not
                .filter(body().isInstanceOf(CommandEvent.class))
                    .to("seda:bot-commands")
                .end()
                .to("direct:journal");

        from("direct:journal").routeId("chat-journal")
                .marshal(new JacksonDataFormat(new ChatboxCodec().mapper(), ChatboxEvent.class))
                .transform(body().append("\n"))
                .to(JOURNAL);

        from("seda:bot-commands").routeId("chat-bot")
                .filter(header(ChatboxConstants.OWNER_ONLY).isNotEqualTo(true))
                .setHeader(ChatboxConstants.USER, header(ChatboxConstants.SENDER_NAME))
                .choice()
                    .when(header(ChatboxConstants.COMMAND).isEqualTo("ping"))
                        .setBody(constant("pong"))
                        .to(TELLS_OUT)
                        .process(exchange -> stats.pingAnswered())
                        .log(LoggingLevel.INFO, "chat.transcript", REPLY_LINE)
                    .when(header(ChatboxConstants.COMMAND).isEqualTo("help"))
                        .setBody(constant(HELP))
                        .to(TELLS_OUT)
                        .process(exchange -> stats.helpAnswered())
                        .log(LoggingLevel.INFO, "chat.transcript", REPLY_LINE)
                .end();
    }
}
