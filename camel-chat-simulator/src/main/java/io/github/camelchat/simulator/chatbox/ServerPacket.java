package io.github.camelchat.simulator.chatbox;

/**
 * A server-to-client packet. Implementations are records whose components are the packet's own fields in RCC's
 * declaration order; {@link PacketWriter} appends the inherited {@code event}, {@code id}, {@code ok} and
 * {@code type} after them, which is where Gson puts superclass fields.
 */
interface ServerPacket {

    String type();

    default int id() {
        return -1;
    }

    default boolean ok() {
        return true;
    }
}
