package io.github.camelchat.simulator.chatbox;

/** A Discord role; the component order is the wire order. */
public record DiscordRole(String id, String name, int colour) {
}
