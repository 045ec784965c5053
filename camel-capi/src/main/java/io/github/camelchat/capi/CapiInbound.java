package io.github.camelchat.capi;

import io.github.camelchat.capi.model.CapiEvent;

/**
 * One inbound event with what the session knew when it arrived.
 *
 * @param event         the typed event
 * @param json          the frame's text
 * @param sender        the roster entry of the user the event is about, or {@code null}
 * @param channel       the channel the bot is in, or {@code null} before the first ConnectEvent
 * @param initialRoster whether the event belongs to the member listing that follows a connect
 */
public record CapiInbound(CapiEvent event, String json, CapiRoster.Member sender, String channel,
        boolean initialRoster) {
}
