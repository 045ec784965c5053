package io.github.camelchat.simulator.hitbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each client request by {@code method}; unknown methods are ignored, as the live server ignored them. */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Logins logins;
    private final ChatPosting chat;
    private final Queries queries;
    private final Moderation moderation;
    private final Votes votes;

    Dispatcher(Logins logins, ChatPosting chat, Queries queries, Moderation moderation, Votes votes) {
        this.logins = logins;
        this.chat = chat;
        this.queries = queries;
        this.moderation = moderation;
        this.votes = votes;
    }

    void handle(HitboxConnection c, ClientMessage m) {
        switch (m.method()) {
            case "joinChannel" -> logins.join(c, m);
            case "partChannel" -> logins.part(c);
            case "chatMsg" -> chat.chat(c, m);
            case "directMsg" -> chat.direct(c, m);
            case "getChannelUserList" -> queries.userList(c);
            case "getChannelUser" -> queries.userInfo(c, m);
            case "mediaLog" -> queries.mediaLog(c, m);
            case "kickUser" -> moderation.kick(c, m);
            case "banUser" -> moderation.ban(c, m);
            case "unbanUser" -> moderation.unban(c, m);
            case "makeMod" -> moderation.mod(c, m, true);
            case "removeMod" -> moderation.mod(c, m, false);
            case "slowMode" -> moderation.slowMode(c, m);
            case "motdMsg" -> moderation.motd(c, m);
            case "votePoll", "voteMsg" -> votes.votePoll(c, m);
            case "voteRaffle" -> votes.voteRaffle(c, m);
            default -> LOG.debug("Ignoring method {} from sid {}", m.method(), c.sid);
        }
    }
}
