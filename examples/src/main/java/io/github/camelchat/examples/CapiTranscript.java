package io.github.camelchat.examples;

import io.github.camelchat.capi.model.CapiEvent;
import io.github.camelchat.capi.model.ConnectEvent;
import io.github.camelchat.capi.model.DisconnectEvent;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.UserLeaveEvent;
import io.github.camelchat.capi.model.UserUpdateEvent;

/**
 * One Battle.net event as a human reads it, e.g. {@code [chat] Raynor: hi} or {@code [join] Raynor joined}. The wire
 * carries user ids only; the names come from the component's roster, in the {@code CamelCapiToonName} header.
 */
public final class CapiTranscript {

    private CapiTranscript() {
    }

    /**
     * @param toonName      who the event is about, or null
     * @param initialRoster whether it is part of the member listing sent after connecting (not a real join)
     */
    public static String line(CapiEvent event, String toonName, boolean initialRoster) {
        String who = toonName == null ? "?" : toonName;
        if (event instanceof MessageEvent message) {
            return switch (message.type()) {
                case Channel -> "[chat] " + who + ": " + message.message();
                case Emote -> "[emote] * " + who + " " + message.message();
                case Whisper -> "[whisper] " + who + " whispers: " + message.message();
                case ServerInfo -> "[info] " + message.message();
                case ServerError -> "[server error] " + message.message();
                case Unknown -> "[message] " + who + ": " + message.message();
            };
        } else if (event instanceof UserUpdateEvent update) {
            if (initialRoster) {
                return "[roster] " + who + " is in the channel";
            }
            // a join carries the name; a flag change only the flags
            return update.toonName() != null ? "[join] " + who + " joined" : "[flags] " + who + " " + update.flags();
        } else if (event instanceof UserLeaveEvent) {
            return "[leave] " + who + " left";
        } else if (event instanceof ConnectEvent connect) {
            return "[connect] the bot is in " + connect.channel();
        } else if (event instanceof DisconnectEvent) {
            return "[disconnect] the server disconnected the bot";
        }
        return "[" + event.kind() + "]";
    }
}
