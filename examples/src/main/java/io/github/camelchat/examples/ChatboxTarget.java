package io.github.camelchat.examples;

import java.util.Properties;

/**
 * The chatbox server the routes talk to, as the placeholder values {@link ChatboxDemoRoutes} builds its endpoint URIs
 * from: the same routes run against the embedded simulator or a real server.
 */
public record ChatboxTarget(String name, String url, String licenseKey) {

    public static final String NAME = "chatbox.name";
    public static final String URL = "chatbox.url";
    public static final String LICENSE_KEY = "chatbox.license-key";

    public Properties asProperties() {
        Properties properties = new Properties();
        properties.setProperty(NAME, name);
        properties.setProperty(URL, url);
        properties.setProperty(LICENSE_KEY, licenseKey);
        return properties;
    }

    /** Never prints the license key. */
    @Override
    public String toString() {
        return "chatbox " + name + " at " + url;
    }
}
