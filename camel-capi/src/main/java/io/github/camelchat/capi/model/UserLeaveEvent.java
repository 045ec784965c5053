package io.github.camelchat.capi.model;

/** A user left the channel. */
public record UserLeaveEvent(long userId) implements CapiEvent {

    @Override
    public CapiEventType kind() {
        return CapiEventType.USER_LEAVE;
    }
}
