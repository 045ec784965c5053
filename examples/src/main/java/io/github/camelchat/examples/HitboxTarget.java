package io.github.camelchat.examples;

import java.util.Properties;

/**
 * The hitbox chat the routes talk to, as placeholder values for {@link HitboxRoutes}' endpoint URIs.
 *
 * @param channel    the channel to relay
 * @param name       the bot's chat name
 * @param token      the bot's auth token; null when none is configured (then the simulator stands in)
 * @param serversUrl where the component looks up the chat servers
 */
public record HitboxTarget(String channel, String name, String token, String serversUrl) {

    public static final String CHANNEL = "hitbox.channel";
    public static final String NAME = "hitbox.name";
    public static final String TOKEN = "hitbox.token";
    public static final String SERVERS_URL = "hitbox.servers-url";
    public static final String DEFAULT_SERVERS_URL = "https://api.hitbox.tv/chat/servers";

    public HitboxTarget {
        token = DemoSettings.blankToNull(token);
    }

    /** A name alone would log in as a guest, which cannot chat: the real server needs both. */
    public boolean hasCredentials() {
        return name != null && !name.isBlank() && token != null;
    }

    public Properties asProperties() {
        return DemoSettings.properties(CHANNEL, channel, NAME, name, TOKEN, token, SERVERS_URL, serversUrl);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "hitbox #" + channel + " as " + name + " via " + serversUrl;
    }
}
