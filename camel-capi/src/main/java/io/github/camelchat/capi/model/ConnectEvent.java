package io.github.camelchat.capi.model;

/** The bot entered a channel. */
public record ConnectEvent(String channel) implements CapiEvent {

    @Override
    public CapiEventType kind() {
        return CapiEventType.CONNECT;
    }
}
