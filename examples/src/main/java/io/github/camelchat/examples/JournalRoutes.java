package io.github.camelchat.examples;

import org.apache.camel.builder.RouteBuilder;

/** Every event of every game, one JSON object per line, appended to the journal file. */
public class JournalRoutes extends RouteBuilder {

    public static final String JOURNAL = "direct:journal";
    /** Where the event came from: {@code chatbox}, {@code capi} or {@code hitbox}. */
    public static final String SOURCE = "RelaySource";
    /** The event's kind in its game's terms. */
    public static final String TYPE = "RelayEventType";
    /** Who the event is about, if anyone. */
    public static final String USER = "RelayUser";
    public static final String DIR = "demo.journal.dir";
    public static final String FILE = "demo.journal.file";

    // the file producer serialises writes to one file, so the three games' routes can append side by side
    static final String JOURNAL_FILE = "file:{{" + DIR + "}}?fileName={{" + FILE + "}}&fileExist=Append&charset=utf-8";

    private final DemoStats stats;

    public JournalRoutes(DemoStats stats) {
        this.stats = stats;
    }

    @Override
    public void configure() {
        from(JOURNAL).routeId("journal").startupOrder(StartupOrder.JOURNAL)
                .process(exchange -> exchange.getMessage().setBody(new JournalEntry(
                        exchange.getMessage().getHeader(SOURCE, String.class),
                        exchange.getMessage().getHeader(TYPE, String.class),
                        exchange.getMessage().getHeader(USER, String.class),
                        exchange.getMessage().getBody())))
                .marshal().json()
                .transform(body().append("\n"))
                .to(JOURNAL_FILE)
                // counted once written: the summary and the journal cannot disagree
                .process(exchange -> stats.eventIn(exchange.getMessage().getHeader(SOURCE, String.class),
                        exchange.getMessage().getHeader(TYPE, String.class)));
    }
}
