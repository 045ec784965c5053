package io.github.camelchat.simulator.chatbox;

/** An {@code event} packet; {@link #event()} is written after the event's own fields, as RCC's EventBase field is. */
interface EventPacket extends ServerPacket {

    String event();

    @Override
    default String type() {
        return "event";
    }
}
