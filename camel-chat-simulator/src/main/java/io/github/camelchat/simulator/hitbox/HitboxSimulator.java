package io.github.camelchat.simulator.hitbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.simulator.ChatSimulator;
import io.github.camelchat.simulator.FaultSwitches;
import io.github.camelchat.simulator.SimulatorServer;
import io.vertx.core.Future;

/**
 * A hitbox.tv chat server on 127.0.0.1 that behaves like the live one did (per the wire notes): the server list, the
 * Socket.IO 0.9 handshake and WebSocket with one-use sids and heartbeats, and the chat methods with string-encoded
 * {@code args}. One HTTP port serves all of it, and answers proxy-form requests too, so an unmodified client can
 * reach it through {@code HTTP_PROXY}.
 *
 * <p>Stopping ({@link #close()}, {@link #restart}) disconnects every socket ({@code 0::}) and forgets pending
 * handshakes. Channels, accounts and backlogs survive a restart. {@link #closeAll(int, String)} sends WebSocket Close
 * frames, which the live server never did.
 *
 * <p>Every method may be called from any thread. State lives on one Vert.x event loop; methods that make the server
 * send something return once those frames are flushed to the sockets.
 */
public final class HitboxSimulator extends ChatSimulator {

    private final HitboxSimulatorOptions options;
    private final HitboxSwitches switches;
    private final Channels channels;
    private final Directory directory = new Directory();
    private final Records records = new Records();
    private final Outbox out;
    private final Messages messages;
    private final Presence presence;
    private final ChatPosting chat;
    private final Moderation moderation;
    private final Votes votes;
    private final HitboxServer server;

    private HitboxSimulator(HitboxSimulatorOptions options) {
        this.options = options;
        ObjectMapper json = new ObjectMapper();
        this.switches = new HitboxSwitches(options);
        this.channels = new Channels(options.backlogSize());
        this.messages = new Messages(json);
        this.out = new Outbox(new MessageWriter(json, options.stringArgs()));
        this.presence = new Presence(out, messages);
        this.server = new HitboxServer(loop, options, switches, out, records, json);
        Function<HitboxConnection, Future<Void>> disconnect = server::disconnect;
        World world = new World(channels, directory, out, messages, presence, records, options, disconnect);
        this.chat = new ChatPosting(world);
        this.moderation = new Moderation(world);
        this.votes = new Votes(world);
        Dispatcher dispatcher = new Dispatcher(new Logins(world), chat, new Queries(world), moderation, votes);
        server.handlers(dispatcher::handle, presence::leave);
    }

    /** Starts with the live server's defaults on a free port. */
    public static HitboxSimulator start() {
        return start(HitboxSimulatorOptions.defaults());
    }

    public static HitboxSimulator start(HitboxSimulatorOptions options) {
        return started(new HitboxSimulator(options.copy()));
    }

    @Override
    protected SimulatorServer<?> server() {
        return server;
    }

    @Override
    protected FaultSwitches faults() {
        return switches;
    }

    // ---------------------------------------------------------------- addresses

    /**
     * {@code http://127.0.0.1:<port>} ({@code https://} with TLS): what a Socket.IO 0.9 client connects to, and, when
     * plain, the proxy for HTTP_PROXY.
     */
    public String baseUrl() {
        return listener().httpScheme() + "://" + selfAddress();
    }

    /** The WebSocket URL of a handshake's sid, {@code ws://127.0.0.1:<port>/socket.io/1/websocket/<sid>} (or wss). */
    public String webSocketUrl(String sid) {
        return listener().webSocketScheme() + "://" + selfAddress() + "/socket.io/1/websocket/" + sid;
    }

    /** The redis server-list URL, {@code http://127.0.0.1:<port>/api/chat/servers?redis=true} (https with TLS). */
    public String serversUrl() {
        return baseUrl() + "/api/chat/servers?redis=true";
    }

    /** {@code 127.0.0.1:<port>}, the {@code server_ip} of this simulator in the server list. */
    public String selfAddress() {
        return options.host() + ":" + port();
    }

    /** A copy of the options this simulator runs with. */
    public HitboxSimulatorOptions options() {
        return options.copy();
    }

    // ---------------------------------------------------------------- accounts and scripted viewers

    /** An account with a random 40-hex-digit token. */
    public Account addAccount(String name, Role role, UserFlag... flags) {
        return addAccount(name, Tokens.random(), role, flags);
    }

    /** An account that logs in with this token (a later account of the same name replaces it). */
    public Account addAccount(String name, String token, Role role, UserFlag... flags) {
        Account account = new Account(name, token, role, flags(flags));
        return loop.call(() -> directory.add(account));
    }

    /** The scripted viewer of that name: an account's role and flags if one exists, else an anon. */
    public Viewer viewer(String name) {
        Objects.requireNonNull(name, "name");
        return loop.call(() -> directory.viewer(name));
    }

    /** Defines (or redefines) a scripted viewer. */
    public Viewer viewer(String name, Role role, UserFlag... flags) {
        Viewer viewer = new Viewer(name, role, flags(flags));
        return loop.call(() -> directory.put(viewer));
    }

    /** The viewer enters the channel: it shows in the user list, and notify sockets get {@code notifyMsg{join}}. */
    public void joinViewer(Viewer viewer, String channel) {
        send(() -> presence.enter(channels.room(channel), directory.put(viewer)));
    }

    public void partViewer(Viewer viewer, String channel) {
        send(() -> presence.leave(channels.room(channel), viewer));
    }

    /**
     * A chat message from the viewer, broadcast as an accepted client message would be (the channel's moderator
     * list applies to its role). Scripted messages skip the chat rules: no slow mode, duplicate or ban checks.
     */
    public void chat(Viewer viewer, String channel, String text) {
        send(() -> {
            ChatRoom room = channels.room(channel);
            return chat.post(room, room.member(member(viewer)), null, text, false);
        });
    }

    /** An action message ({@code type:"me"}) from the viewer. */
    public void me(Viewer viewer, String channel, String text) {
        send(() -> {
            ChatRoom room = channels.room(channel);
            return chat.post(room, room.member(member(viewer)), null, text, true);
        });
    }

    /** A direct message from the viewer to every socket logged in as {@code to}. */
    public void directMsg(Viewer from, String to, String text) {
        send(() -> chat.deliver(member(from), null, to, text, ""));
    }

    /** Puts messages into the channel's backlog without sending them to anyone. */
    public void seedBacklog(String channel, Viewer viewer, String... texts) {
        loop.call(() -> {
            ChatRoom room = channels.room(channel);
            Member from = room.member(member(viewer));
            for (String text : texts) {
                room.remember(new Post(room.name, from, ChatPosting.DEFAULT_COLOR, text, Messages.now(), false,
                        MediaLinks.hasImage(text)));
            }
            return null;
        });
    }

    /** What a socket joining the channel now would get as its backlog, oldest first. */
    public List<ChatLine> backlog(String channel) {
        return loop.call(() -> channels.room(channel).backlog().stream().map(Post::line).toList());
    }

    /** Sets the sticky message as the broadcaster (named like the channel) would; empty text removes it. */
    public void setMotd(String channel, String text) {
        send(() -> {
            ChatRoom room = channels.room(channel);
            Member owner = new Member(room.name, Role.ADMIN, Set.of(UserFlag.OWNER));
            return out.toRoom(room, moderation.setMotd(room, owner, null, text == null ? "" : text));
        });
    }

    public void poll(String channel, String question, String... choices) {
        send(() -> votes.startPoll(channels.room(channel), question, List.of(choices)));
    }

    public void endPoll(String channel) {
        send(() -> votes.endPoll(channels.room(channel)));
    }

    public void raffle(String channel, String question, String... choices) {
        send(() -> votes.startRaffle(channels.room(channel), question, List.of(choices)));
    }

    public void endRaffle(String channel) {
        send(() -> votes.endRaffle(channels.room(channel)));
    }

    /** {@code raffleMsg{status:"delete"}}, with the channel the notes say the live server left out. */
    public void deleteRaffle(String channel) {
        send(() -> votes.deleteRaffle(channels.room(channel)));
    }

    /**
     * {@code serverMsg{channel,text,type,time}}, e.g. type {@code resourceUpdate} with text
     * {@code Map.of("media", Map.of("media_status", "New title"))}.
     */
    public void serverMsg(String channel, String type, Object text) {
        send(() -> {
            ChatRoom room = channels.room(channel);
            return out.toRoom(room, messages.serverMsg(room.name, type, new ObjectMapper().valueToTree(text)));
        });
    }

    /** A system {@code infoMsg} to everyone in the channel. */
    public void infoMsg(String channel, String text) {
        send(() -> {
            ChatRoom room = channels.room(channel);
            return out.toRoom(room, messages.infoMsg(room.name, text, ""));
        });
    }

    // ---------------------------------------------------------------- raw frames and faults

    /** Sends this text frame, as is, to every socket in the channel. */
    public void injectRaw(String channel, String frame) {
        send(() -> server.injectRaw(frame, channels.room(channel)));
    }

    /** Disconnects every socket as the server does itself: {@code 0::}, then TCP closes (no Close frame). */
    public void closeAll() {
        send(server::disconnectAll);
    }

    /** Off: no more {@code 2::} (and so no heartbeat kicks); clients' own timers will give up on the link. */
    public void setHeartbeats(boolean send) {
        switches.heartbeats(send);
    }

    /** Off: a {@code 2::} a client sends on its own gets no {@code 2::} back. */
    public void setAnswerHeartbeats(boolean answer) {
        switches.answerHeartbeats(answer);
    }

    /** The status of the Socket.IO handshake: 200 (default) gives a sid, e.g. 401 or 503 refuse it. */
    public void handshakeStatus(int status) {
        switches.handshakeStatus(status);
    }

    /** The status of the server-list endpoints: 200 (default) gives the list. */
    public void serverListStatus(int status) {
        switches.serverListStatus(status);
    }

    /** The server list from now on ({@code host:port} entries or {@link HitboxSimulatorOptions#SELF}). */
    public void serverList(List<String> entries) {
        switches.serverList(entries);
    }

    public void serverList(String... entries) {
        serverList(List.of(entries));
    }

    // ---------------------------------------------------------------- what happened

    /**
     * Every frame sockets sent in this channel, in order, except heartbeat echoes: a {@code message} event as its
     * inner JSON ({@code {"method":...,"params":...}}), anything else raw. Frames sent before a joinChannel are under
     * the channel {@code ""}.
     */
    public List<String> received(String channel) {
        return records.received(channel);
    }

    /** Every chat message the channel accepted (from sockets and scripted viewers), in order. */
    public List<ChatLine> chatLog(String channel) {
        return records.chat(channel);
    }

    /** The direct messages a scripted viewer received. */
    public List<ChatLine> inbox(String viewerName) {
        return records.inbox(viewerName);
    }

    /** The names the channel's open sockets logged in with ({@code UnknownSoldier} for guests), in join order. */
    public List<String> sockets(String channel) {
        return loop.call(() -> channels.room(channel).sockets().stream().map(c -> c.member().name()).toList());
    }

    /** Every handshake request so far, whatever it was answered. */
    public int handshakes() {
        return records.handshakes();
    }

    /** Every {@code 2::} sockets sent (echoes and their own). */
    public int heartbeatsReceived() {
        return records.heartbeatEchoes();
    }

    /** Forgets received frames, chat logs and inboxes (accounts, channels and backlogs stay). */
    public void clearRecords() {
        records.clear();
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    protected Future<Void> restartOnLoop(Duration downtime) {
        Objects.requireNonNull(downtime, "downtime");
        return super.restartOnLoop(downtime).onComplete(v -> channels.forgetPresence());
    }

    private static Member member(Viewer viewer) {
        return new Member(viewer.name(), viewer.role(), viewer.flags());
    }

    private static Set<UserFlag> flags(UserFlag... flags) {
        return flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags));
    }
}
