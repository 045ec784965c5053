package io.github.camelchat.examples;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * For every route: a failure (a send a chat refused or timed out, a journal write) is counted and logged at WARN,
 * and the relay goes on with the next message.
 */
public class RelayErrorHandling extends RouteConfigurationBuilder {

    public static final String ERRORS = "chat.errors";

    private final DemoStats stats;

    public RelayErrorHandling(DemoStats stats) {
        this.stats = stats;
    }

    @Override
    public void configuration() {
        routeConfiguration()
                .onException(Exception.class)
                    .handled(true)
                    .process(exchange -> stats.error())
                    .log(LoggingLevel.WARN, ERRORS, "${routeId}: ${exception.message}");
    }
}
