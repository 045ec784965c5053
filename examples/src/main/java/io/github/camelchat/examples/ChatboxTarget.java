package io.github.camelchat.examples;

import java.util.Properties;

/**
 * The chatbox server the routes talk to, as the placeholder values {@link ChatboxRoutes} builds its endpoint URIs
 * from: the same routes run against the embedded simulator or a real server.
 *
 * @param name       the chatbox name shown in chat for the bot's messages
 * @param url        the chatbox v2 WebSocket base URL
 * @param licenseKey the license key; null when none is configured (then the simulator stands in)
 */
public record ChatboxTarget(String name, String url, String licenseKey) {

    public static final String NAME = "chatbox.name";
    public static final String URL = "chatbox.url";
    public static final String LICENSE_KEY = "chatbox.license-key";

    public ChatboxTarget {
        licenseKey = DemoSettings.blankToNull(licenseKey);
    }

    public boolean hasCredentials() {
        return licenseKey != null;
    }

    public Properties asProperties() {
        return DemoSettings.properties(NAME, name, URL, url, LICENSE_KEY, licenseKey);
    }

    /** Never prints the license key. */
    @Override
    public String toString() {
        return "chatbox " + name + " at " + url;
    }
}
