package io.github.camelchat.hitbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.hitbox.model.ChatLog;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.DirectMsg;
import io.github.camelchat.hitbox.model.HitboxMessage;
import io.github.camelchat.hitbox.model.InfoMsg;
import io.github.camelchat.hitbox.model.LoginMsg;
import io.github.camelchat.hitbox.model.MotdMsg;
import io.github.camelchat.hitbox.model.UserInfo;
import io.github.camelchat.hitbox.socketio.SioPacket;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** One exchange per inbound chat message of the channel, typed by method. */
public class HitboxConsumer extends ChatConsumer<HitboxInbound> {

    private final Set<String> subscribed;
    private final boolean rawJson;
    private final HitboxEndpoint endpoint;

    public HitboxConsumer(HitboxEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint);
        this.endpoint = endpoint;
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
        message.setBody(rawJson ? innerJson(inbound.json()) : m);
        message.setHeader(HitboxConstants.METHOD, m.method());
        message.setHeader(HitboxConstants.CHANNEL, m.channel());
        if (m instanceof ChatMsg chat) {
            sender(message, chat.name(), chat.role(), chat.text());
            message.setHeader(HitboxConstants.TIME, chat.time());
            message.setHeader(HitboxConstants.FLAGS, flags(chat.isFollower(), chat.isSubscriber(), chat.isOwner(),
                    chat.isStaff(), chat.isCommunity()));
            message.setHeader(HitboxConstants.BACKLOG, chat.backlog());
            message.setHeader(HitboxConstants.BACKLOG_COMPLETE, chat.backlogComplete());
        } else if (m instanceof DirectMsg direct) {
            sender(message, direct.from(), null, direct.text());
            message.setHeader(HitboxConstants.TIME, direct.time());
        } else if (m instanceof LoginMsg login) {
            sender(message, login.name(), login.role(), null);
        } else if (m instanceof InfoMsg info) {
            sender(message, info.name(), null, info.text());
            message.setHeader(HitboxConstants.TIME, info.when());
        } else if (m instanceof ChatLog log) {
            sender(message, null, null, log.text());
            message.setHeader(HitboxConstants.TIME, log.timestamp());
            message.setHeader(HitboxConstants.BACKLOG, Boolean.TRUE.equals(log.buffer()));
        } else if (m instanceof MotdMsg motd) {
            sender(message, motd.name(), null, motd.text());
            message.setHeader(HitboxConstants.TIME, motd.time());
        } else if (m instanceof UserInfo info) {
            sender(message, info.name(), info.role(), null);
            message.setHeader(HitboxConstants.FLAGS, flags(info.isFollower(), info.isSubscriber(), info.isOwner(),
                    info.isStaff(), info.isCommunity()));
        }
    }

    private static void sender(Message message, String name, String role, String text) {
        if (name != null) {
            message.setHeader(HitboxConstants.SENDER_NAME, name);
        }
        if (role != null) {
            message.setHeader(HitboxConstants.ROLE, role);
        }
        if (text != null) {
            message.setHeader(HitboxConstants.TEXT, text);
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

    /** The message as the server wrote it: the string in {@code args[0]} (or the object's text). */
    private String innerJson(String frame) throws Exception {
        SioPacket packet = SioPacket.parse(frame);
        if (packet.type() != io.github.camelchat.hitbox.socketio.SioPacketType.EVENT) {
            return packet.data();
        }
        JsonNode arg = endpoint.getComponent().codec().mapper().readTree(packet.data()).path("args").path(0);
        return arg.isTextual() ? arg.asText() : arg.toString();
    }
}
