package io.github.camelchat.examples;

import java.util.Arrays;

/**
 * The relay's text rules for routes written in YAML (or XML), where Java lambdas are not at hand:
 * {@code fit(${body}, 'capi')} in a bean call.
 */
public final class RelayText {

    private RelayText() {
    }

    /**
     * The line, cut with an ellipsis to fit the game of that source: {@code chatbox}, {@code capi} or
     * {@code hitbox}.
     */
    public static String fit(String line, String destination) {
        return Arrays.stream(Game.values())
                .filter(game -> game.source().equals(destination))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No game with source '" + destination + "'"))
                .limit().fit(line);
    }
}
