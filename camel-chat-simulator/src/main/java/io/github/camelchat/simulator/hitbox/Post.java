package io.github.camelchat.simulator.hitbox;

/** An accepted chat message as the channel keeps it for the backlog. */
record Post(String channel, Member from, String nameColor, String text, long time, boolean me, boolean media) {

    ChatLine line() {
        return new ChatLine(channel, from.name(), text, from.role(), time, me);
    }
}
