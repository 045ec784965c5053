package io.github.camelchat.simulator.capi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that happens in channels and the events it sends to the bots there: the initial listing after a
 * ConnectRequest, scripted users, and the effects of the bots' own requests. Loop-confined.
 */
final class ChannelEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelEvents.class);
    /** The user_id of server messages (ServerInfo, ServerError); the live value is unknown. */
    static final int SERVER_USER_ID = 0;

    private final ChatWorld world;
    private final Outbox out;
    private final FrameWriter writer;
    private final CapiSimulatorOptions options;

    ChannelEvents(ChatWorld world, Outbox out, CapiSimulatorOptions options) {
        this.world = world;
        this.out = out;
        this.writer = out.writer();
        this.options = options;
    }

    // ---------------------------------------------------------------- who receives what

    /** Connected sockets of bots in this channel. */
    Predicate<CapiConnection> botsIn(ChatWorld.Channel channel) {
        return c -> {
            ChatWorld.Bot bot = c.connected ? world.bot(c.apiKey) : null;
            return bot != null && ChatWorld.lower(bot.channel).equals(ChatWorld.lower(channel.name));
        };
    }

    /** Connected sockets of this bot. */
    Predicate<CapiConnection> socketsOf(ChatWorld.Bot bot) {
        return c -> c.connected && bot.apiKey.equals(c.apiKey);
    }

    static Predicate<CapiConnection> allConnected() {
        return c -> c.connected;
    }

    // ---------------------------------------------------------------- connect and listing

    /**
     * After the ConnectResponse, in one go so that nothing else comes between: the bot's own update, ConnectEvent,
     * every member, and the bot's update again (which ends the listing).
     */
    Future<Void> listing(CapiConnection c, ChatWorld.Bot bot) {
        ChatWorld.Channel channel = world.channel(bot.channel);
        List<Future<Void>> writes = new ArrayList<>();
        writes.add(out.event(c, Commands.USER_UPDATE_EVENT, selfUpdate(bot)));
        writes.add(out.event(c, Commands.CONNECT_EVENT, writer.connectEvent(channel.name)));
        for (ChannelUser member : world.members(channel)) {
            if (options.separateFlagUpdates()) {
                writes.add(out.event(c, Commands.USER_UPDATE_EVENT,
                        writer.userUpdate(member.id(), member.toonName(), null, member.attributes())));
                writes.add(out.event(c, Commands.USER_UPDATE_EVENT,
                        writer.userUpdate(member.id(), null, member.flags(), null)));
            } else {
                writes.add(out.event(c, Commands.USER_UPDATE_EVENT, fullUpdate(member)));
            }
        }
        writes.add(out.event(c, Commands.USER_UPDATE_EVENT, selfUpdate(bot)));
        return Future.all(writes).mapEmpty();
    }

    ObjectNode selfUpdate(ChatWorld.Bot bot) {
        return writer.userUpdate(ChatWorld.BOT_USER_ID, bot.toonName, bot.flags,
                Map.of(ChannelUser.PROGRAM_ID, options.botProgramId()));
    }

    private ObjectNode fullUpdate(ChannelUser user) {
        return writer.userUpdate(user.id(), user.toonName(), user.flags(), user.attributes());
    }

    // ---------------------------------------------------------------- scripted users

    /**
     * A join: an update with name and attributes but no flags, then a flags-only update if the user has flags. A
     * user already in another channel leaves it first; a banned user bounces (no event). Returns the stored user.
     */
    Future<ChannelUser> join(String channelName, ChannelUser request) {
        ChannelUser user = world.store(request);
        ChatWorld.Channel target = world.channel(channelName);
        if (world.banned(target, user.toonName())) {
            LOG.info("{} is banned from {} and bounces", user.toonName(), target.name);
            return Future.succeededFuture(user);
        }
        ChatWorld.Channel current = world.channelOf(user);
        if (current == target) {
            return Future.succeededFuture(user);
        }
        List<Future<Void>> writes = new ArrayList<>();
        if (current != null) {
            writes.add(leave(user));
        }
        ChannelUser joined = world.assignId(user);
        world.enter(target, joined);
        writes.add(out.event(botsIn(target), Commands.USER_UPDATE_EVENT,
                writer.userUpdate(joined.id(), joined.toonName(), null, joined.attributes())));
        if (!joined.flags().isEmpty()) {
            writes.add(out.event(botsIn(target), Commands.USER_UPDATE_EVENT,
                    writer.userUpdate(joined.id(), null, joined.flags(), null)));
        }
        return Future.all(writes).map(v -> joined);
    }

    Future<Void> leave(ChannelUser request) {
        ChannelUser user = world.user(request.toonName());
        ChatWorld.Channel channel = world.channelOf(user);
        if (channel == null) {
            return Future.succeededFuture();
        }
        world.exit(channel, user);
        return out.event(botsIn(channel), Commands.USER_LEAVE_EVENT, writer.userLeave(user.id()));
    }

    /** Channel talk or an emote of a user in a channel. */
    Future<Void> talk(ChannelUser request, String text, MessageType type) {
        ChannelUser user = world.user(request.toonName());
        ChatWorld.Channel channel = requireChannel(user);
        return out.event(botsIn(channel), Commands.MESSAGE_EVENT, writer.message(user.id(), text, type));
    }

    /** A whisper to every bot in the user's channel, or to one bot (the user need not be in its channel). */
    Future<Void> whisperBot(ChannelUser request, ChatWorld.Bot bot, String text) {
        ChannelUser user = world.user(request.toonName());
        Predicate<CapiConnection> to;
        if (bot == null) {
            to = botsIn(requireChannel(user));
        } else {
            user = world.assignId(user);
            to = socketsOf(bot);
        }
        return out.event(to, Commands.MESSAGE_EVENT, writer.message(user.id(), text, MessageType.WHISPER));
    }

    /** A flag change: stored, and an update with user_id and flags only if the user is in a channel. */
    Future<ChannelUser> setFlags(ChannelUser request, Set<UserFlag> flags) {
        ChannelUser user = world.store(world.user(request.toonName()).withFlagSet(flags));
        ChatWorld.Channel channel = world.channelOf(user);
        if (channel == null) {
            return Future.succeededFuture(user);
        }
        return out.event(botsIn(channel), Commands.USER_UPDATE_EVENT,
                writer.userUpdate(user.id(), null, user.flags(), null)).map(v -> user);
    }

    /** An update that changes nothing: the user's full update once more. */
    Future<Void> unchangedUpdate(ChannelUser request) {
        ChannelUser user = world.user(request.toonName());
        ChatWorld.Channel channel = requireChannel(user);
        return out.event(botsIn(channel), Commands.USER_UPDATE_EVENT, fullUpdate(user));
    }

    Future<Void> serverMessage(Predicate<CapiConnection> to, MessageType type, String text) {
        return out.event(to, Commands.MESSAGE_EVENT, writer.message(SERVER_USER_ID, text, type));
    }

    private ChatWorld.Channel requireChannel(ChannelUser user) {
        ChatWorld.Channel channel = world.channelOf(user);
        if (channel == null) {
            throw new IllegalStateException(user.toonName() + " is not in a channel; join it first");
        }
        return channel;
    }

    // ---------------------------------------------------------------- effects of bot requests

    /** Kick or ban: the ServerInfo text to the channel, then the user's leave. */
    Future<Void> remove(ChatWorld.Channel channel, ChannelUser target, String serverInfo) {
        world.exit(channel, target);
        Future<Void> info = serverMessage(botsIn(channel), MessageType.SERVER_INFO, serverInfo);
        Future<Void> leave = out.event(botsIn(channel), Commands.USER_LEAVE_EVENT, writer.userLeave(target.id()));
        return Future.all(info, leave).mapEmpty();
    }

    /** /designate then /resign: the target gains Moderator, the bot loses it (seen on its own user id 1). */
    Future<Void> designate(ChatWorld.Bot bot, ChatWorld.Channel channel, ChannelUser target) {
        List<Future<Void>> writes = new ArrayList<>();
        if (!target.flags().contains(UserFlag.MODERATOR)) {
            Set<UserFlag> flags = EnumSet.of(UserFlag.MODERATOR);
            flags.addAll(target.flags());
            ChannelUser promoted = world.store(target.withFlagSet(flags));
            writes.add(out.event(botsIn(channel), Commands.USER_UPDATE_EVENT,
                    writer.userUpdate(promoted.id(), null, promoted.flags(), null)));
        }
        if (bot.flags.remove(UserFlag.MODERATOR)) {
            writes.add(out.event(socketsOf(bot), Commands.USER_UPDATE_EVENT,
                    writer.userUpdate(ChatWorld.BOT_USER_ID, null, bot.flags, null)));
        }
        return Future.all(writes).mapEmpty();
    }
}
