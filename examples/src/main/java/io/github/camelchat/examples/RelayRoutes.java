package io.github.camelchat.examples;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;

/**
 * The hub: a {@link RelayedChat} sent to {@link #RELAY} goes to every other game (and to Discord when configured),
 * each through its own queue, so that a slow or rate-limited chat never holds up the others or the inbound events.
 */
public class RelayRoutes extends RouteBuilder {

    public static final String RELAY = "direct:relay";
    static final String DISCORD_QUEUE = "seda:relay-to-discord";

    private final boolean discord;

    public RelayRoutes(boolean discord) {
        this.discord = discord;
    }

    /** The queue of lines waiting to be said in this game. */
    public static String queueOf(Game game) {
        return "seda:relay-to-" + game.source();
    }

    /** The queues a line goes to: every game but its own, and Discord. */
    public List<String> destinations(RelayedChat chat) {
        List<String> queues = new ArrayList<>();
        for (Game game : Game.values()) {
            if (game != chat.origin()) {
                queues.add(queueOf(game) + "?waitForTaskToComplete=Never");
            }
        }
        if (discord) {
            queues.add(DISCORD_QUEUE + "?waitForTaskToComplete=Never");
        }
        return queues;
    }

    @Override
    public void configure() {
        from(RELAY).routeId("relay").startupOrder(StartupOrder.RELAY_HUB)
                .recipientList().body(RelayedChat.class, this::destinations);
    }
}
