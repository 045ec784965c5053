package io.github.camelchat.examples;

import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.DirectMsg;
import io.github.camelchat.hitbox.model.HitboxMessage;
import io.github.camelchat.hitbox.model.InfoMsg;
import io.github.camelchat.hitbox.model.LoginMsg;
import io.github.camelchat.hitbox.model.MotdMsg;
import io.github.camelchat.hitbox.model.NotifyMsg;
import io.github.camelchat.hitbox.model.PollMsg;

/** One hitbox message as a human reads it, e.g. {@code [chat] ninja_cat: hi} or {@code [backlog] ninja_cat: hi}. */
public final class HitboxTranscript {

    private HitboxTranscript() {
    }

    public static String line(HitboxMessage message) {
        if (message instanceof ChatMsg chat) {
            String kind = chat.backlog() ? "[backlog] " : "[chat] ";
            return kind + (chat.meAction() ? "* " + chat.name() + " " + chat.text() : chat.name() + ": " + chat.text());
        } else if (message instanceof LoginMsg login) {
            return "[login] logged in to #" + login.channel() + " as " + login.name() + " (" + login.role() + ")";
        } else if (message instanceof NotifyMsg notify) {
            String joined = notify.joined().isEmpty() ? "" : String.join(", ", notify.joined()) + " joined";
            String parted = notify.parted().isEmpty() ? "" : String.join(", ", notify.parted()) + " left";
            return "[presence] " + (joined.isEmpty() || parted.isEmpty() ? joined + parted : joined + "; " + parted);
        } else if (message instanceof DirectMsg direct) {
            return "[direct] " + direct.from() + " to the bot: " + direct.text();
        } else if (message instanceof InfoMsg info) {
            return "[info] " + info.text();
        } else if (message instanceof MotdMsg motd) {
            return "[motd] " + motd.text();
        } else if (message instanceof PollMsg poll) {
            return "[poll] " + poll.question() + " (" + poll.status() + ")";
        }
        return "[" + message.method() + "]";
    }
}
