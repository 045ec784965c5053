package io.github.camelchat.simulator.capi;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.camelchat.simulator.ChatSimulator;
import io.github.camelchat.simulator.FaultSwitches;
import io.github.camelchat.simulator.ProtocolKeepAlive;
import io.github.camelchat.simulator.SimulatorServer;
import io.vertx.core.Future;

/**
 * A Blizzard Classic Chat API server on 127.0.0.1 that behaves like the live one did (per the wire notes), and
 * accepts the Alpha documents' variants ({@code requestId}, {@code " Botapichat.ConnectRequest"}, a missing payload).
 *
 * <p>Stopping ({@link #close()}, {@link #restart}) closes every socket with 1001 "Server stopping"; bots, users and
 * bans survive a restart.
 *
 * <p>Every method may be called from any thread. State lives on one Vert.x event loop; methods that make the server
 * send something return once those frames are flushed to the sockets.
 */
public final class CapiSimulator extends ChatSimulator {

    private final CapiSimulatorOptions options;
    private final CapiSwitches switches;
    private final ChatWorld world;
    private final Records records = new Records();
    private final Outbox out;
    private final ChannelEvents channels;
    private final ProtocolKeepAlive keepAlive;
    private final CapiServer server;

    private CapiSimulator(CapiSimulatorOptions options) {
        this.options = options;
        this.switches = new CapiSwitches(options);
        this.world = new ChatWorld(options);
        this.out = new Outbox(new FrameWriter(options.updateShape(), options.sendSuccessStatus()));
        this.channels = new ChannelEvents(world, out, options);
        this.keepAlive = new ProtocolKeepAlive(loop, switches, options.webSocketPingInterval(), options.pongTimeout());
        this.server = new CapiServer(loop, options, switches, out, records, keepAlive);
        server.handler(new RequestHandler(world, out, channels, records, switches, options,
                server::closeWithoutStatus, server::closeNormally));
    }

    /** Starts with the live server's defaults on a free port. */
    public static CapiSimulator start() {
        return start(CapiSimulatorOptions.defaults());
    }

    public static CapiSimulator start(CapiSimulatorOptions options) {
        return started(new CapiSimulator(options.copy()));
    }

    @Override
    protected SimulatorServer<?> server() {
        return server;
    }

    @Override
    protected FaultSwitches faults() {
        return switches;
    }

    @Override
    protected Future<Integer> startOnLoop() {
        keepAlive.start();
        return super.startOnLoop();
    }

    @Override
    protected Future<Void> stopOnLoop() {
        keepAlive.stop();
        return super.stopOnLoop();
    }

    // ---------------------------------------------------------------- addresses

    /** {@code ws://127.0.0.1:<port>/v1/rpc/chat} ({@code wss://} with TLS). */
    public String url() {
        return listener().webSocketScheme() + "://" + options.host() + ":" + port() + CapiSimulatorOptions.PATH;
    }

    /** A copy of the options this simulator runs with. */
    public CapiSimulatorOptions options() {
        return options.copy();
    }

    // ---------------------------------------------------------------- bots

    /** A bot in the options' channel. */
    public BotAccount addBot(String accountName) {
        return addBot(accountName, options.channel());
    }

    /**
     * Registers a bot with a new random key (32 hex digits). Its toon name is {@code [B]} plus the account name in
     * lower case; it starts without flags.
     */
    public BotAccount addBot(String accountName, String channel) {
        return addBot(accountName, channel, new UserFlag[0]);
    }

    /** A bot with flags on its own user (e.g. {@link UserFlag#MODERATOR}, which SendSetModerator takes away). */
    public BotAccount addBot(String accountName, String channel, UserFlag... flags) {
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(channel, "channel");
        Set<UserFlag> set = flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags));
        return loop.call(() -> world.addBot(accountName, channel, set).view());
    }

    /** The bot with this key as it is now (its flags may have changed), or null. */
    public BotAccount bot(String apiKey) {
        return loop.call(() -> {
            ChatWorld.Bot bot = world.bot(apiKey);
            return bot == null ? null : bot.view();
        });
    }

    public List<BotAccount> bots() {
        return loop.call(world::bots);
    }

    /** The key expires: later AuthenticateRequests get the bad-key close, and so do the key's open sockets now. */
    public void revokeBot(BotAccount bot) {
        loop.call(() -> {
            server.closeKey(bot.apiKey());
            world.removeBot(bot.apiKey());
            return null;
        });
    }

    /** The server ends the bot's chat session: DisconnectEventRequest to its connected sockets, then close 1000. */
    public void disconnectBot(BotAccount bot) {
        send(() -> {
            ChatWorld.Bot current = requireBot(bot);
            Future<Void> events = out.event(channels.socketsOf(current), Commands.DISCONNECT_EVENT,
                    out.writer().empty());
            for (CapiConnection c : out.connections()) {
                if (c.connected && current.apiKey.equals(c.apiKey)) {
                    c.connected = false;
                    server.closeNormally(c);
                }
            }
            return events;
        });
    }

    private ChatWorld.Bot requireBot(BotAccount bot) {
        ChatWorld.Bot current = world.bot(bot.apiKey());
        if (current == null) {
            throw new IllegalArgumentException("unknown bot " + bot);
        }
        return current;
    }

    // ---------------------------------------------------------------- users and channel events

    /** The user of that name (case-insensitive), created on first use with the default ProgramId and no flags. */
    public ChannelUser user(String toonName) {
        Objects.requireNonNull(toonName, "toonName");
        return loop.call(() -> world.user(toonName));
    }

    /** Stores the record's flags and attributes without any event (its id is ignored). */
    public ChannelUser updateUser(ChannelUser user) {
        return loop.call(() -> world.store(user));
    }

    /** The channel {@link #join(ChannelUser)} and {@link #members()} use: the first bot's, else the options'. */
    public String defaultChannel() {
        return loop.call(world::defaultChannel);
    }

    /**
     * The user (with the record's flags and attributes) joins the default channel: bots there get an update with
     * {@code toon_name} and attributes but no flags, then a flags-only update if it has flags. Returns the user with
     * its id. A banned user bounces without any event; a user in another channel leaves that one first.
     */
    public ChannelUser join(ChannelUser user) {
        return loop.await(() -> channels.join(world.defaultChannel(), user));
    }

    public ChannelUser join(String channel, ChannelUser user) {
        return loop.await(() -> channels.join(channel, user));
    }

    /** UserLeave to the bots of the user's channel (nothing if it is in none). */
    public void leave(ChannelUser user) {
        send(() -> channels.leave(user));
    }

    /** A channel message (type Channel) from a user in a channel. */
    public void say(ChannelUser user, String text) {
        send(() -> channels.talk(user, text, MessageType.CHANNEL));
    }

    /** An emote (type Emote) from a user in a channel. */
    public void emote(ChannelUser user, String text) {
        send(() -> channels.talk(user, text, MessageType.EMOTE));
    }

    /** A whisper (type Whisper) to every bot in the user's channel. */
    public void whisperBot(ChannelUser user, String text) {
        send(() -> channels.whisperBot(user, null, text));
    }

    /** A whisper to one bot, wherever the user is. */
    public void whisperBot(ChannelUser user, BotAccount bot, String text) {
        send(() -> channels.whisperBot(user, requireBot(bot), text));
    }

    /** New flags; a user in a channel causes an update with {@code user_id} and the flags only. */
    public ChannelUser setFlags(ChannelUser user, UserFlag... flags) {
        Set<UserFlag> set = flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags));
        return loop.await(() -> channels.setFlags(user, set));
    }

    /** An update that changes nothing (the user's full update again), as the live server sometimes sent. */
    public void sendUnchangedUpdate(ChannelUser user) {
        send(() -> channels.unchangedUpdate(user));
    }

    /** A ServerInfo message (user_id 0) to every connected bot. */
    public void serverInfo(String text) {
        send(() -> channels.serverMessage(ChannelEvents.allConnected(), MessageType.SERVER_INFO, text));
    }

    /** A ServerError message (user_id 0) to every connected bot. */
    public void serverError(String text) {
        send(() -> channels.serverMessage(ChannelEvents.allConnected(), MessageType.SERVER_ERROR, text));
    }

    /** Members of the default channel, in join order. */
    public List<ChannelUser> members() {
        return loop.call(() -> world.members(world.defaultChannel()));
    }

    public List<ChannelUser> members(String channel) {
        return loop.call(() -> world.members(channel));
    }

    /** Names banned from the default channel, as spelled when banned. */
    public List<String> bans() {
        return loop.call(() -> world.bans(world.defaultChannel()));
    }

    public List<String> bans(String channel) {
        return loop.call(() -> world.bans(channel));
    }

    // ---------------------------------------------------------------- flow control

    /** Chat requests per sliding window before 6/8; {@code requests <= 0} switches the limit off. */
    public void setRateLimit(int requests, Duration window) {
        switches.rateLimit(requests, window);
    }

    /** The next {@code count} requests (of any kind) are answered with 6/5 (timed out) and have no effect. */
    public void answerNextWithTimeout(int count) {
        switches.timeOutNext(count);
    }

    /** The next {@code count} responses are not sent; their requests still take effect. */
    public void dropNextResponses(int count) {
        switches.dropNext(count);
    }

    /** Requests arriving from now on are handled (and answered) this much later, in order. */
    public void setResponseDelay(Duration delay) {
        switches.responseDelay(delay);
    }

    // ---------------------------------------------------------------- faults

    /** On: every AuthenticateRequest, good key or not, gets the bad-key treatment (close, no response). */
    public void setCloseBeforeAuthResponse(boolean close) {
        switches.closeBeforeAuthResponse(close);
    }

    // ---------------------------------------------------------------- what happened

    /**
     * Every text frame sockets of this key sent, in order: from its AuthenticateRequest on (a bad key's
     * AuthenticateRequest too). Frames sent before authenticating are kept under the empty key {@code ""}.
     */
    public List<String> received(String apiKey) {
        return records.received(apiKey);
    }

    public List<String> received(BotAccount bot) {
        return records.received(bot.apiKey());
    }

    /** What bots said in their channels (accepted SendMessage and SendEmote requests), in order. */
    public List<ChannelLine> channelLog() {
        return records.channelLog();
    }

    /** The texts of accepted SendWhisper requests to this user, in order. */
    public List<String> whispersTo(ChannelUser user) {
        return records.whispersTo(user.toonName());
    }

    /** Forgets received frames, the channel log and whispers (bots, users, channels and bans stay). */
    public void clearRecords() {
        records.clear();
    }
}
