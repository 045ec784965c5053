package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A packet received from the chatbox server. Decode text frames with {@link ChatboxCodec#decode(String)}.
 * <p>
 * Serialising a packet with Jackson writes its {@code type} (and, for events, its {@code event}) first, so the
 * output decodes back to an equal packet.
 */
@JsonPropertyOrder({"type", "event"})
public sealed interface ChatboxPacket
        permits HelloPacket, PlayersPacket, SuccessPacket, ErrorPacket, ClosingPacket, PingPacket, UnknownPacket,
        ChatboxEvent {

    /** The wire {@code type} of this packet, e.g. {@code hello} or {@code event}. */
    @JsonProperty("type")
    String type();
}
