package io.github.camelchat.simulator.hitbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds every server-to-client message in the shapes the docs and the wire notes give. Every message carries
 * {@code params.channel}: hitbox-chat 0.1.5 routes by it and throws on a message without one.
 */
final class Messages {

    private final ObjectMapper json;

    Messages(ObjectMapper json) {
        this.json = json;
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private ObjectNode params(String channel) {
        ObjectNode params = json.createObjectNode();
        params.put("channel", channel);
        return params;
    }

    ServerMessage loginMsg(String channel, Member member) {
        ObjectNode p = params(channel);
        p.put("name", member.name());
        p.put("role", member.role().wireName());
        return new ServerMessage("loginMsg", p);
    }

    /** @param buffer whether it is replayed from the backlog; {@code last} adds {@code buffersent} */
    ServerMessage chatMsg(Post post, boolean buffer, boolean last) {
        ObjectNode p = params(post.channel());
        Member from = post.from();
        p.put("name", from.name());
        p.put("nameColor", post.nameColor());
        p.put("text", post.text());
        p.put("time", post.time());
        p.put("role", from.role().wireName());
        putFlags(p, from);
        p.put("media", post.media());
        if (from.has(UserFlag.OWNER) || from.has(UserFlag.SUBSCRIBER)) {
            p.put("image", "/static/img/channel/" + post.channel() + "_small.png");
        }
        if (post.me()) {
            p.put("type", "me");
        }
        if (buffer) {
            p.put("buffer", true);
            if (last) {
                p.put("buffersent", true);
            }
        }
        return new ServerMessage("chatMsg", p);
    }

    private static void putFlags(ObjectNode p, Member member) {
        for (UserFlag flag : UserFlag.values()) {
            p.put(flag.wireName(), member.has(flag));
        }
    }

    /** @param action "" for none; else ban, kickUser, kicked, isAdmin or directmsg */
    ServerMessage infoMsg(String channel, String text, String action) {
        ObjectNode p = params(channel);
        p.put("text", text);
        p.put("timestamp", now());
        if (action != null && !action.isEmpty()) {
            p.put("action", action);
        }
        return new ServerMessage("infoMsg", p);
    }

    /** @param slowTime the new slow-mode seconds, or null when subscriber mode changed */
    ServerMessage slowMsg(String channel, String text, Integer slowTime) {
        ObjectNode p = params(channel);
        p.put("text", text);
        p.put("timestamp", now());
        p.put("action", "isAdmin");
        if (slowTime != null) {
            p.put("slowTime", slowTime.intValue());
        }
        return new ServerMessage("slowMsg", p);
    }

    ServerMessage chatLog(String channel, String text) {
        ObjectNode p = params(channel);
        p.put("text", text);
        p.put("timestamp", now());
        return new ServerMessage("chatLog", p);
    }

    ServerMessage directMsg(String channel, Member from, String nameColor, String text) {
        ObjectNode p = params(channel);
        p.put("from", from.name());
        p.put("nameColor", nameColor);
        p.put("text", text);
        p.put("time", now());
        p.put("isStaff", from.has(UserFlag.STAFF));
        p.put("isCommunity", from.has(UserFlag.COMMUNITY));
        p.put("type", "info");
        return new ServerMessage("directMsg", p);
    }

    /** @param guests the number of guests; the live server sent null rather than 0 */
    ServerMessage userList(String channel, Collection<Member> members, int guests) {
        ObjectNode p = params(channel);
        ObjectNode data = p.putObject("data");
        if (guests > 0) {
            data.put("Guests", guests);
        } else {
            data.putNull("Guests");
        }
        Map<Role, ArrayNode> byRole = Map.of(Role.ADMIN, data.putArray("admin"), Role.USER, data.putArray("user"),
                Role.ANON, data.putArray("anon"));
        List<UserFlag> listed = List.of(UserFlag.FOLLOWER, UserFlag.SUBSCRIBER, UserFlag.STAFF, UserFlag.COMMUNITY);
        Map<UserFlag, ArrayNode> byFlag = new EnumMap<>(UserFlag.class);
        for (UserFlag flag : listed) {
            byFlag.put(flag, data.putArray(flag.wireName()));
        }
        for (Member m : members) {
            ArrayNode list = byRole.get(m.role());
            if (list != null) {
                list.add(m.name());
            }
            for (UserFlag flag : listed) {
                if (m.has(flag)) {
                    byFlag.get(flag).add(m.name());
                }
            }
        }
        return new ServerMessage("userList", p);
    }

    ServerMessage userInfo(String channel, Member member, boolean banned) {
        ObjectNode p = params(channel);
        p.put("name", member.name());
        p.put("timestamp", now());
        if (banned) {
            p.put("role", "banned");
            p.put("banned", true);
        } else {
            p.put("role", member.role().wireName());
            putFlags(p, member);
        }
        return new ServerMessage("userInfo", p);
    }

    ServerMessage banList(String channel, List<String> names) {
        ObjectNode p = params(channel);
        ArrayNode data = p.putArray("data");
        names.forEach(data::add);
        return new ServerMessage("banList", p);
    }

    ServerMessage motdMsg(String channel, ObjectNode motd) {
        ObjectNode p = motd.deepCopy();
        p.put("channel", channel);
        return new ServerMessage("motdMsg", p);
    }

    ServerMessage motd(String channel, String name, String nameColor, String text, String image) {
        ObjectNode p = params(channel);
        p.put("name", name);
        p.put("nameColor", nameColor);
        p.put("text", text);
        p.put("time", now());
        if (image != null) {
            p.put("image", image);
        }
        return new ServerMessage("motdMsg", p);
    }

    /** join or part of someone else, for sockets that joined with {@code notify:true}. */
    ServerMessage notifyMsg(String channel, String field, String name) {
        ObjectNode p = params(channel);
        p.put(field, name);
        return new ServerMessage("notifyMsg", p);
    }

    ServerMessage pollMsg(String channel, Poll poll) {
        ObjectNode p = params(channel);
        p.put("question", poll.question);
        ArrayNode choices = p.putArray("choices");
        for (int i = 0; i < poll.choices.size(); i++) {
            // The live server sent vote counts as strings; hitbox-chat converts them with Number().
            choices.addObject().put("text", poll.choices.get(i)).put("votes", Integer.toString(poll.counts[i]));
        }
        p.put("status", poll.status);
        ArrayNode voters = p.putArray("voters");
        poll.voters().forEach(voters::add);
        p.put("votes", poll.votes());
        p.put("start_time", poll.startTime);
        p.put("nameColor", poll.nameColor);
        p.put("subscriberOnly", false);
        p.put("followerOnly", false);
        return new ServerMessage("pollMsg", p);
    }

    /** Only admins see the per-choice counts ({@code forAdmin:true}). */
    ServerMessage raffleMsg(String channel, Poll raffle, boolean forAdmin) {
        ObjectNode p = params(channel);
        p.put("question", raffle.question);
        ArrayNode choices = p.putArray("choices");
        for (int i = 0; i < raffle.choices.size(); i++) {
            ObjectNode choice = choices.addObject().put("text", raffle.choices.get(i));
            if (forAdmin) {
                choice.put("count", raffle.counts[i]);
            }
        }
        p.put("status", raffle.status);
        p.put("forAdmin", forAdmin);
        p.put("start_time", raffle.startTime);
        p.put("nameColor", raffle.nameColor);
        return new ServerMessage("raffleMsg", p);
    }

    /** The notes document {@code raffleMsg{status:"delete"}} without a channel; it gets one here, or hitbox-chat crashes. */
    ServerMessage raffleDeleted(String channel) {
        ObjectNode p = params(channel);
        p.put("status", "delete");
        return new ServerMessage("raffleMsg", p);
    }

    ServerMessage serverMsg(String channel, String type, JsonNode text) {
        ObjectNode p = params(channel);
        p.set("text", text);
        p.put("type", type);
        p.put("time", now());
        return new ServerMessage("serverMsg", p);
    }

    ServerMessage mediaLog(String channel, String type, List<Post> posts) {
        ObjectNode p = params(channel);
        p.put("type", type);
        ArrayNode data = p.putArray("data");
        for (Post post : posts) {
            String url = MediaLinks.firstImage(post.text());
            data.addObject()
                    .put("channel", post.channel())
                    .put("name", post.from().name())
                    .put("nameColor", post.nameColor())
                    .put("time", post.time())
                    .put("url", url)
                    .<ObjectNode>set("size", json.createObjectNode().put("x", 0).put("y", 0))
                    .put("proxyUrl", "http://edge.sf.hitbox.tv/chatimage?u="
                            + URLEncoder.encode(url, StandardCharsets.UTF_8));
        }
        return new ServerMessage("mediaLog", p);
    }
}
