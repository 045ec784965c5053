package io.github.camelchat.simulator.hitbox;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code chatMsg} and {@code directMsg}: the live server's rules for who may say what, then the broadcast to the whole
 * channel, sender included (the echo is how a client learns its message went through). Loop-confined.
 */
final class ChatPosting {

    private static final Logger LOG = LoggerFactory.getLogger(ChatPosting.class);
    static final String DEFAULT_COLOR = "000000";
    static final String SUBSCRIBER_ONLY_TEXT = "This channel is in subscriber-only mode.";
    static final String DUPLICATE_TEXT = "Your message was not sent: you already sent this message.";

    private final World world;

    ChatPosting(World world) {
        this.world = world;
    }

    static String slowText(long seconds) {
        return "Slow mode is enabled. You can send your next message in " + seconds + " seconds.";
    }

    static String timedOutText(long seconds) {
        return "You are timed out. You can chat again in " + seconds + " seconds.";
    }

    /**
     * Guests are dropped silently, as are messages for another channel, empty text and (by default) a repeat of the
     * sender's previous message. Banned, timed-out, subscriber-only and too-fast senders get an infoMsg. Over-long
     * text is cut to the limit (or dropped, per the options). Moderators and admins skip slow and subscriber mode.
     */
    void chat(HitboxConnection c, ClientMessage m) {
        Member member = World.registered(c);
        String channel = m.channel();
        String text = m.text("text");
        if (member == null || (channel != null && !channel.equals(c.room.name)) || text == null || text.isBlank()) {
            return;
        }
        ChatRoom room = c.room;
        Outbox out = world.out();
        Messages messages = world.messages();
        long now = System.nanoTime();
        if (room.banned(member.name())) {
            out.send(c, messages.infoMsg(room.name, Moderation.BANNED_TEXT, "ban"));
            return;
        }
        long timedOut = room.timeoutLeftSeconds(member.name(), now);
        if (timedOut > 0) {
            out.send(c, messages.infoMsg(room.name, timedOutText(timedOut), "kicked"));
            return;
        }
        boolean exempt = member.role().moderates();
        if (room.subscriberOnly && !exempt && !member.has(UserFlag.SUBSCRIBER) && !member.has(UserFlag.OWNER)
                && !member.has(UserFlag.STAFF)) {
            out.send(c, messages.infoMsg(room.name, SUBSCRIBER_ONLY_TEXT, ""));
            return;
        }
        long wait = exempt ? 0 : room.slowWaitSeconds(member.name(), now);
        if (wait > 0) {
            out.send(c, messages.infoMsg(room.name, slowText(wait), ""));
            return;
        }
        String kept = fit(text);
        if (kept == null) {
            return;
        }
        if (room.repeats(member.name(), kept)) {
            LOG.debug("Dropping a repeated message from {} in {}", member.name(), room.name);
            if (world.options().answerDuplicates()) {
                out.send(c, messages.infoMsg(room.name, DUPLICATE_TEXT, ""));
            }
            return;
        }
        post(room, member, colour(m.text("nameColor")), kept, "me".equals(m.text("type")));
    }

    /** Text within the limit, cut at a whole character; null when over-long text is to be dropped. */
    private String fit(String text) {
        int max = world.options().maxTextLength();
        if (text.length() <= max) {
            return text;
        }
        if (!world.options().truncateLongText()) {
            return null;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String colour(String nameColor) {
        return nameColor == null || nameColor.isBlank() ? DEFAULT_COLOR : nameColor;
    }

    /** Accepts a message: backlog, records, and the broadcast to everyone in the channel. */
    Future<Void> post(ChatRoom room, Member from, String nameColor, String text, boolean me) {
        Post post = new Post(room.name, from, colour(nameColor), text, Messages.now(), me, MediaLinks.hasImage(text));
        room.posted(post, System.nanoTime());
        world.records().chat(post.line());
        return world.out().toRoom(room, world.messages().chatMsg(post, false, false));
    }

    /** The recipient gets it on every socket it has open (with that socket's channel); the sender always hears it was sent. */
    void direct(HitboxConnection c, ClientMessage m) {
        Member member = World.registered(c);
        String to = m.text("to");
        String text = m.text("text");
        if (member == null || to == null || to.isBlank() || text == null || text.isBlank()) {
            return;
        }
        String kept = fit(text);
        if (kept == null) {
            return;
        }
        deliver(member, colour(m.text("nameColor")), to, kept, c.room.name);
        world.out().send(c, world.messages().infoMsg(c.room.name, "Direct message to " + to + " sent.",
                "directmsg"));
    }

    Future<Void> deliver(Member from, String nameColor, String to, String text, String fromChannel) {
        List<Future<Void>> sent = new ArrayList<>();
        for (HitboxConnection recipient : world.out().named(to)) {
            sent.add(world.out().send(recipient, world.messages().directMsg(recipient.room.name, from,
                    colour(nameColor), text)));
        }
        if (world.directory().isViewer(to)) {
            world.records().directTo(to, new ChatLine(fromChannel, from.name(), text, from.role(), Messages.now(),
                    false));
        }
        return Future.all(sent).mapEmpty();
    }
}
