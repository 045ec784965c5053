package io.github.camelchat.hitbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.camel.ConsumerHeaders;
import io.github.camelchat.hitbox.model.ChatLog;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.DirectMsg;
import io.github.camelchat.hitbox.model.HitboxMessage;
import io.github.camelchat.hitbox.model.InfoMsg;
import io.github.camelchat.hitbox.model.LoginMsg;
import io.github.camelchat.hitbox.model.MotdMsg;
import io.github.camelchat.hitbox.model.UserInfo;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** One exchange per inbound chat message of the channel, typed by method. */
public class HitboxConsumer extends ChatConsumer<HitboxInbound> {

    private static final ConsumerHeaders.Names HEADERS = ConsumerHeaders.names(HitboxConstants.METHOD,
            HitboxConstants.CHANNEL, HitboxConstants.SENDER_NAME, HitboxConstants.ROLE, HitboxConstants.TEXT,
            HitboxConstants.TIME, HitboxConstants.FLAGS, HitboxConstants.BACKLOG, HitboxConstants.BACKLOG_COMPLETE);
    private static final int METHOD = HEADERS.slot(HitboxConstants.METHOD);
    private static final int CHANNEL = HEADERS.slot(HitboxConstants.CHANNEL);
    private static final int SENDER_NAME = HEADERS.slot(HitboxConstants.SENDER_NAME);
    private static final int ROLE = HEADERS.slot(HitboxConstants.ROLE);
    private static final int TEXT = HEADERS.slot(HitboxConstants.TEXT);
    private static final int TIME = HEADERS.slot(HitboxConstants.TIME);
    private static final int FLAGS = HEADERS.slot(HitboxConstants.FLAGS);
    private static final int BACKLOG = HEADERS.slot(HitboxConstants.BACKLOG);
    private static final int BACKLOG_COMPLETE = HEADERS.slot(HitboxConstants.BACKLOG_COMPLETE);

    private final Set<String> subscribed;
    private final boolean rawJson;

    public HitboxConsumer(HitboxEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint);
        this.subscribed = endpoint.getConfiguration().eventNames();
        this.rawJson = endpoint.getConfiguration().isRawJson();
    }

    @Override
    protected boolean accepts(HitboxInbound inbound) {
        return subscribed == null || subscribed.contains(inbound.message().method());
    }

    @Override
    protected void populate(Exchange exchange, HitboxInbound inbound) throws Exception {
        HitboxMessage m = inbound.message();
        Message message = exchange.getIn();
        message.setBody(rawJson ? inbound.json() : m);
        // collected, then put at once: the message's (empty) headers map takes them without comparing names
        ConsumerHeaders headers = new ConsumerHeaders(HEADERS);
        headers.set(METHOD, m.method());
        headers.set(CHANNEL, m.channel());
        if (m instanceof ChatMsg chat) {
            sender(headers, chat.name(), chat.role(), chat.text());
            headers.set(TIME, chat.time());
            headers.set(FLAGS, flags(chat.isFollower(), chat.isSubscriber(), chat.isOwner(),
                    chat.isStaff(), chat.isCommunity()));
            headers.set(BACKLOG, chat.backlog());
            headers.set(BACKLOG_COMPLETE, chat.backlogComplete());
        } else if (m instanceof DirectMsg direct) {
            sender(headers, direct.from(), null, direct.text());
            headers.set(TIME, direct.time());
        } else if (m instanceof LoginMsg login) {
            sender(headers, login.name(), login.role(), null);
        } else if (m instanceof InfoMsg info) {
            sender(headers, info.name(), null, info.text());
            headers.set(TIME, info.when());
        } else if (m instanceof ChatLog log) {
            sender(headers, null, null, log.text());
            headers.set(TIME, log.timestamp());
            headers.set(BACKLOG, Boolean.TRUE.equals(log.buffer()));
        } else if (m instanceof MotdMsg motd) {
            sender(headers, motd.name(), null, motd.text());
            headers.set(TIME, motd.time());
        } else if (m instanceof UserInfo info) {
            sender(headers, info.name(), info.role(), null);
            headers.set(FLAGS, flags(info.isFollower(), info.isSubscriber(), info.isOwner(),
                    info.isStaff(), info.isCommunity()));
        }
        headers.copyTo(message);
    }

    private static void sender(ConsumerHeaders headers, String name, String role, String text) {
        if (name != null) {
            headers.set(SENDER_NAME, name);
        }
        if (role != null) {
            headers.set(ROLE, role);
        }
        if (text != null) {
            headers.set(TEXT, text);
        }
    }

    private static List<String> flags(Boolean follower, Boolean subscriber, Boolean owner, Boolean staff,
            Boolean community) {
        List<String> flags = new ArrayList<>(5);
        add(flags, follower, "isFollower");
        add(flags, subscriber, "isSubscriber");
        add(flags, owner, "isOwner");
        add(flags, staff, "isStaff");
        add(flags, community, "isCommunity");
        return flags;
    }

    private static void add(List<String> flags, Boolean value, String name) {
        if (Boolean.TRUE.equals(value)) {
            flags.add(name);
        }
    }
}
