package io.github.camelchat.capi.model;

/** The server disconnected the bot from chat; it closes the socket next. */
public record DisconnectEvent() implements CapiEvent {

    @Override
    public CapiEventType kind() {
        return CapiEventType.DISCONNECT;
    }
}
