package io.github.camelchat.examples;

import java.util.Properties;

/** Where each game's endpoints point, real server or simulator: the placeholder values of all the routes' URIs. */
public record GameTargets(ChatboxTarget chatbox, CapiTarget capi, HitboxTarget hitbox) {

    public Properties asProperties() {
        Properties properties = new Properties();
        properties.putAll(chatbox.asProperties());
        properties.putAll(capi.asProperties());
        properties.putAll(hitbox.asProperties());
        return properties;
    }
}
