package io.github.camelchat.simulator.capi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bots, users, channels and bans. Names are case-insensitive, as on Battle.net, and keep the spelling they were
 * created with. A user is in at most one channel. Bots do not see each other: every bot is user 1 to itself and
 * absent from other bots' member lists. Loop-confined.
 */
final class ChatWorld {

    static final int BOT_USER_ID = 1;

    /** A registered bot and its rate-limit window. */
    static final class Bot {
        final String accountName;
        final String toonName;
        final String channel;
        final String apiKey;
        final EnumSet<UserFlag> flags;
        private final Deque<Long> recentChatRequests = new ArrayDeque<>();

        Bot(String accountName, String channel, String apiKey, Set<UserFlag> flags) {
            this.accountName = accountName;
            this.toonName = BotAccount.toonNameOf(accountName);
            this.channel = channel;
            this.apiKey = apiKey;
            this.flags = flags.isEmpty() ? EnumSet.noneOf(UserFlag.class) : EnumSet.copyOf(flags);
        }

        BotAccount view() {
            return new BotAccount(accountName, toonName, channel, apiKey, flags);
        }

        /** Sliding window; requests refused here do not count. {@code max <= 0}: no limit. */
        boolean tryChatRequest(long nowNanos, int max, Duration window) {
            if (max <= 0) {
                return true;
            }
            while (!recentChatRequests.isEmpty() && nowNanos - recentChatRequests.peekFirst() >= window.toNanos()) {
                recentChatRequests.removeFirst();
            }
            if (recentChatRequests.size() >= max) {
                return false;
            }
            recentChatRequests.addLast(nowNanos);
            return true;
        }
    }

    /** A channel: members in join order and bans (lower-case name to the spelling at ban time). */
    static final class Channel {
        final String name;
        final Map<String, Integer> members = new LinkedHashMap<>();
        final Map<String, String> bans = new LinkedHashMap<>();

        Channel(String name) {
            this.name = name;
        }
    }

    private final CapiSimulatorOptions options;
    private final Map<String, Bot> bots = new LinkedHashMap<>();
    private final Map<String, ChannelUser> users = new LinkedHashMap<>();
    private final Map<Integer, String> userNamesById = new HashMap<>();
    private final Map<String, String> userChannel = new HashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private int nextUserId = 2;

    ChatWorld(CapiSimulatorOptions options) {
        this.options = options;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- bots

    Bot addBot(String accountName, String channel, Set<UserFlag> flags) {
        String key;
        do {
            key = ApiKeys.generate();
        } while (bots.containsKey(key));
        Bot bot = new Bot(accountName, channel(channel).name, key, flags);
        bots.put(key, bot);
        return bot;
    }

    Bot bot(String apiKey) {
        return apiKey == null ? null : bots.get(apiKey);
    }

    Bot removeBot(String apiKey) {
        return bots.remove(apiKey);
    }

    List<BotAccount> bots() {
        return bots.values().stream().map(Bot::view).toList();
    }

    /** Where {@code join(user)} goes: the first bot's channel, or the options' channel while there is no bot. */
    String defaultChannel() {
        return bots.isEmpty() ? channel(options.channel()).name : bots.values().iterator().next().channel;
    }

    // ---------------------------------------------------------------- users

    /** The user of that name, created on first use with the default ProgramId. */
    ChannelUser user(String toonName) {
        return users.computeIfAbsent(lower(toonName), k -> new ChannelUser(0, toonName, Set.of(),
                Map.of(ChannelUser.PROGRAM_ID, options.defaultProgramId())));
    }

    /** Stores flags and attributes of this record under its name; the id stays the simulator's. */
    ChannelUser store(ChannelUser update) {
        ChannelUser current = user(update.toonName());
        ChannelUser stored = new ChannelUser(current.id(), current.toonName(), update.flags(), update.attributes());
        users.put(lower(current.toonName()), stored);
        return stored;
    }

    ChannelUser assignId(ChannelUser user) {
        if (user.id() > 0) {
            return user;
        }
        ChannelUser withId = user.withId(nextUserId++);
        users.put(lower(user.toonName()), withId);
        userNamesById.put(withId.id(), lower(user.toonName()));
        return withId;
    }

    ChannelUser userById(int id) {
        String name = userNamesById.get(id);
        return name == null ? null : users.get(name);
    }

    // ---------------------------------------------------------------- channels

    Channel channel(String name) {
        return channels.computeIfAbsent(lower(name), k -> new Channel(name));
    }

    /** The channel the user is in, or null. */
    Channel channelOf(ChannelUser user) {
        String channel = userChannel.get(lower(user.toonName()));
        return channel == null ? null : channels.get(channel);
    }

    boolean banned(Channel channel, String toonName) {
        return channel.bans.containsKey(lower(toonName));
    }

    void enter(Channel channel, ChannelUser user) {
        channel.members.put(lower(user.toonName()), user.id());
        userChannel.put(lower(user.toonName()), lower(channel.name));
    }

    void exit(Channel channel, ChannelUser user) {
        channel.members.remove(lower(user.toonName()));
        userChannel.remove(lower(user.toonName()));
    }

    /** The member with this id in that channel, or null. */
    ChannelUser member(Channel channel, int id) {
        ChannelUser user = userById(id);
        return user != null && channel.members.containsKey(lower(user.toonName())) ? user : null;
    }

    List<ChannelUser> members(Channel channel) {
        List<ChannelUser> list = new ArrayList<>();
        for (String name : channel.members.keySet()) {
            list.add(users.get(name));
        }
        return list;
    }

    List<ChannelUser> members(String channelName) {
        Channel channel = channels.get(lower(channelName));
        return channel == null ? List.of() : members(channel);
    }

    List<String> bans(String channelName) {
        Channel channel = channels.get(lower(channelName));
        return channel == null ? List.of() : List.copyOf(channel.bans.values());
    }
}
