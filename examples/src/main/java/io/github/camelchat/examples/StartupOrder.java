package io.github.camelchat.examples;

/**
 * The order the routes start in; Camel stops them in reverse. What feeds the relay stops first (the scripts, then the
 * games' event routes), then what answers and says (commands, relay queues, Discord), then the hub and the journal:
 * nothing is handed to a route that has already stopped.
 */
final class StartupOrder {

    static final int JOURNAL = 1;
    static final int RELAY_HUB = 2;
    static final int DISCORD = 110;
    static final int SCRIPTED_LIFE = 400;

    private StartupOrder() {
    }

    static int relayOut(Game game) {
        return 100 + game.ordinal();
    }

    static int commands(Game game) {
        return 200 + game.ordinal();
    }

    static int events(Game game) {
        return 300 + game.ordinal();
    }
}
