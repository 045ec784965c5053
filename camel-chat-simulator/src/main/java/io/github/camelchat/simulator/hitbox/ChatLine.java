package io.github.camelchat.simulator.hitbox;

/**
 * A chat message the server accepted (or a direct message it delivered to a scripted viewer).
 *
 * @param name who sent it, as logged in
 * @param time epoch seconds, as on the wire
 * @param me   whether it was an action ({@code type:"me"})
 */
public record ChatLine(String channel, String name, String text, Role role, long time, boolean me) {
}
