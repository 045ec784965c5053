package io.github.camelchat.capi.model;

/**
 * An event the CAPI server sends to the bot ({@code Botapichat.*EventRequest}). Serialise with Jackson for Kafka or
 * files; the records carry what the wire carried, the roster-resolved names travel as headers.
 */
public sealed interface CapiEvent permits ConnectEvent, DisconnectEvent, MessageEvent, UserUpdateEvent, UserLeaveEvent {

    /** The short kind used by the {@code events} option and the {@code CamelCapiEventType} header. */
    CapiEventType kind();
}
