package io.github.camelchat.chatbox.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Canned frames from {@code src/test/resources/frames/}. */
final class Frames {

    /** Every canned frame that is a valid packet. */
    static final List<String> ALL = List.of(
            "hello.json", "hello-rcc.json", "hello-guest.json",
            "players.json", "players-rcc.json", "players-empty.json",
            "success.json", "success-rcc-string-id.json", "error.json", "error-rcc.json",
            "closing.json", "ping.json",
            "event-chat_ingame.json", "event-chat_ingame-rcc.json",
            "event-chat_discord.json", "event-chat_discord-edited-rcc.json",
            "event-chat_chatbox.json", "event-command.json", "event-command-owner-rcc.json",
            "event-join.json", "event-leave.json", "event-death.json", "event-death-source-rcc.json",
            "event-world_change.json", "event-afk.json", "event-afk_return.json", "event-afk-return-rcc.json",
            "event-server_restart_scheduled.json", "event-server_restart_scheduled-rcc.json",
            "event-server_restart_cancelled.json",
            "unknown-type.json", "unknown-event.json");

    private Frames() {
    }

    static String load(String name) {
        try (InputStream in = Frames.class.getResourceAsStream("/frames/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No frame " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
