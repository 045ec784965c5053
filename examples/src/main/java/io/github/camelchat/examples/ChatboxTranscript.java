package io.github.camelchat.examples;

import io.github.camelchat.chatbox.model.AfkEvent;
import io.github.camelchat.chatbox.model.AfkReturnEvent;
import io.github.camelchat.chatbox.model.ChatboxChatEvent;
import io.github.camelchat.chatbox.model.ChatboxEvent;
import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.CommandEvent;
import io.github.camelchat.chatbox.model.DeathEvent;
import io.github.camelchat.chatbox.model.DiscordChatEvent;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import io.github.camelchat.chatbox.model.JoinEvent;
import io.github.camelchat.chatbox.model.LeaveEvent;
import io.github.camelchat.chatbox.model.ServerRestartCancelledEvent;
import io.github.camelchat.chatbox.model.ServerRestartScheduledEvent;
import io.github.camelchat.chatbox.model.WorldChangeEvent;

/** One chatbox event as a human reads it, e.g. {@code [chat] Steve: hello} or {@code [join] Alex joined}. */
public final class ChatboxTranscript {

    private ChatboxTranscript() {
    }

    public static String line(ChatboxEvent event) {
        String who = name(event.user());
        if (event instanceof IngameChatEvent chat) {
            return "[chat] " + who + ": " + chat.text();
        } else if (event instanceof DiscordChatEvent chat) {
            return "[discord] " + who + ": " + chat.text() + (Boolean.TRUE.equals(chat.edited()) ? " (edited)" : "");
        } else if (event instanceof ChatboxChatEvent chat) {
            return "[chatbox] " + chat.name() + " (" + who + "): " + chat.text();
        } else if (event instanceof DeathEvent death) {
            return "[death] " + death.text();
        } else if (event instanceof CommandEvent command) {
            String prefix = Boolean.TRUE.equals(command.ownerOnly()) ? "^" : "\\";
            String args = command.args() == null || command.args().isEmpty() ? "" : " " + String.join(" ", command.args());
            return "[command] " + who + " ran " + prefix + command.command() + args;
        } else if (event instanceof JoinEvent) {
            return "[join] " + who + " joined";
        } else if (event instanceof LeaveEvent) {
            return "[leave] " + who + " left";
        } else if (event instanceof WorldChangeEvent change) {
            return "[world] " + who + " went from " + change.origin() + " to " + change.destination();
        } else if (event instanceof AfkEvent) {
            return "[afk] " + who + " is AFK";
        } else if (event instanceof AfkReturnEvent) {
            return "[afk] " + who + " is back";
        } else if (event instanceof ServerRestartScheduledEvent restart) {
            // RCC may send restartSeconds 0; restartAt is the reliable field then
            Integer seconds = restart.restartSeconds();
            return "[restart] " + restart.restartType() + " restart scheduled"
                    + (seconds != null && seconds > 0 ? " in " + seconds + " s"
                            : restart.restartAt() != null ? " at " + restart.restartAt() : "");
        } else if (event instanceof ServerRestartCancelledEvent restart) {
            return "[restart] " + restart.restartType() + " restart cancelled";
        }
        return "[" + event.event() + "] (an event this version does not know)";
    }

    private static String name(ChatboxUser user) {
        return user == null ? "?" : user.effectiveName();
    }
}
