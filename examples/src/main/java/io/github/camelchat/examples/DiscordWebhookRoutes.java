package io.github.camelchat.examples;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;

/**
 * Relayed chat to a Discord channel through a webhook ({@code discord.webhook-url}), with {@code camel-http}. One
 * post at a time, in order; a rate-limited post waits as long as Discord asks and is posted again
 * ({@link DiscordResponse}).
 */
public class DiscordWebhookRoutes extends RouteBuilder {

    private static final String PAYLOAD = "discordPayload";
    private static final String LINE = "discordLine";
    private static final TextLimit TRANSCRIPT_LIMIT = TextLimit.chars(200);

    private final DemoStats stats;

    public DiscordWebhookRoutes(DemoStats stats) {
        this.stats = stats;
    }

    @Override
    public void configure() {
        // the route answers a 429 itself (retry_after from the body, to the millisecond); HttpClient would otherwise
        // repeat the post on its own after the rounded Retry-After header, unseen by the route
        for (String scheme : new String[] {"http", "https"}) {
            getContext().getComponent(scheme, HttpComponent.class).setAutomaticRetriesDisabled(true);
        }

        from(RelayRoutes.DISCORD_QUEUE).routeId("discord-relay-out").startupOrder(StartupOrder.DISCORD)
                .setProperty(LINE).body(RelayedChat.class, chat -> TRANSCRIPT_LIMIT.fit(chat.line()))
                .setBody().body(RelayedChat.class, DiscordMessage::of)
                .marshal().json()
                .convertBodyTo(String.class)
                .setProperty(PAYLOAD, body())
                .loopDoWhile(exchangeProperty(DiscordResponse.POSTED).isNotEqualTo(true))
                    // only what the webhook needs goes out as HTTP headers, on every attempt
                    .removeHeaders("*")
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .setBody(exchangeProperty(PAYLOAD))
                    .to(webhook())
                    .process(new DiscordResponse())
                    // in the Java DSL a delay is a block of its own: close it before the loop
                    .delay(exchangeProperty(DiscordResponse.RETRY_DELAY)).syncDelayed().end()
                .end()
                .process(exchange -> stats.relayed(DemoStats.DISCORD))
                .log(LoggingLevel.INFO, GameRoutes.TRANSCRIPT, "[DC] [bot] ${exchangeProperty." + LINE + "}");
    }

    /**
     * The webhook as an endpoint that hands every answer to the route, failures included. The URL stays a
     * placeholder, so its secret part is not in the route model; it may have a query of its own (?thread_id=...).
     */
    private String webhook() {
        String placeholder = "{{" + DemoSettings.DISCORD_WEBHOOK_URL + "}}";
        boolean hasQuery = getContext().resolvePropertyPlaceholders(placeholder).contains("?");
        return placeholder + (hasQuery ? "&" : "?") + "throwExceptionOnFailure=false";
    }
}
