package io.github.camelchat.examples;

import java.util.Properties;

/**
 * The Classic Chat API server the routes talk to, as placeholder values for {@link CapiRoutes}' endpoint URIs.
 *
 * @param url    the CAPI WebSocket endpoint
 * @param apiKey the bot's API key; null when none is configured (then the simulator stands in)
 */
public record CapiTarget(String url, String apiKey) {

    public static final String URL = "capi.url";
    public static final String API_KEY = "capi.api-key";
    public static final String DEFAULT_URL = "wss://connect-bot.classic.blizzard.com/v1/rpc/chat";

    public CapiTarget {
        apiKey = DemoSettings.blankToNull(apiKey);
    }

    public boolean hasCredentials() {
        return apiKey != null;
    }

    public Properties asProperties() {
        return DemoSettings.properties(URL, url, API_KEY, apiKey);
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "capi at " + url;
    }
}
