package io.github.camelchat.hitbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.session.ChatProtocol;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.session.SessionScheduler.Cancellable;
import io.github.camelchat.common.transport.ConnectRequest;
import io.github.camelchat.hitbox.model.BanUserRequest;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.ChatMsgRequest;
import io.github.camelchat.hitbox.model.DirectMsgRequest;
import io.github.camelchat.hitbox.model.GetChannelUserListRequest;
import io.github.camelchat.hitbox.model.GetChannelUserRequest;
import io.github.camelchat.hitbox.model.HitboxCodec;
import io.github.camelchat.hitbox.model.HitboxDecodeException;
import io.github.camelchat.hitbox.model.HitboxMessage;
import io.github.camelchat.hitbox.model.HitboxRequest;
import io.github.camelchat.hitbox.model.HitboxRoles;
import io.github.camelchat.hitbox.model.InfoMsg;
import io.github.camelchat.hitbox.model.JoinChannelRequest;
import io.github.camelchat.hitbox.model.KickUserRequest;
import io.github.camelchat.hitbox.model.LoginMsg;
import io.github.camelchat.hitbox.model.MakeModRequest;
import io.github.camelchat.hitbox.model.MediaLogRequest;
import io.github.camelchat.hitbox.model.MotdMsgRequest;
import io.github.camelchat.hitbox.model.PartChannelRequest;
import io.github.camelchat.hitbox.model.RemoveModRequest;
import io.github.camelchat.hitbox.model.SlowModeRequest;
import io.github.camelchat.hitbox.model.UnbanUserRequest;
import io.github.camelchat.hitbox.model.UserInfo;
import io.github.camelchat.hitbox.model.UserList;
import io.github.camelchat.hitbox.socketio.HandshakeResponse;
import io.github.camelchat.hitbox.socketio.SioCodec;
import io.github.camelchat.hitbox.socketio.SioDecodeException;
import io.github.camelchat.hitbox.socketio.SioError;
import io.github.camelchat.hitbox.socketio.SioPacket;
import io.github.camelchat.hitbox.socketio.SioUris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * hitbox chat over Socket.IO 0.9 on the session core. Each connection attempt takes the next server of a round: the
 * server list is fetched at the start of every round, a fresh handshake gives a one-time sid, and after {@code 1::}
 * the bot joins its channel; {@code loginMsg} ends the handshake. A server that fails before the login is followed at
 * once by the next one; only a failed round waits for the backoff.
 */
final class HitboxProtocol implements ChatProtocol<HitboxInbound> {

    private static final Logger LOG = LoggerFactory.getLogger(HitboxProtocol.class);
    private static final String GUEST_NAME = "UnknownSoldier";

    private final HitboxConfiguration configuration;
    private final HitboxCodec codec;
    private final HttpClient http;

    // the server round is touched by the HTTP callbacks as well as under the session lock
    private final Object roundLock = new Object();
    private List<URI> round;
    private int next;

    // per connection, under the session lock
    private boolean loggedIn;
    private volatile String role;
    private long heartbeatTimeoutMillis;
    private long lastHeartbeat;
    private Cancellable heartbeatCheck = Cancellable.NONE;
    private String lastChatText;
    private final ArrayDeque<String> pendingChats = new ArrayDeque<>();
    private final ArrayDeque<String> pendingDirect = new ArrayDeque<>();

    HitboxProtocol(HitboxConfiguration configuration, HitboxCodec codec, HttpClient http) {
        this.configuration = configuration;
        this.codec = codec;
        this.http = http;
    }

    /** The role of the current login, or {@code null} before the first one. */
    String role() {
        return role;
    }

    // ---- connecting ----

    @Override
    public CompletableFuture<ConnectRequest> connectRequest() {
        loggedIn = false;
        CompletableFuture<URI> server;
        synchronized (roundLock) {
            if (round != null && next < round.size()) {
                server = CompletableFuture.completedFuture(round.get(next++));
            } else {
                round = null;
                server = serverList().thenApply(list -> {
                    synchronized (roundLock) {
                        round = list;
                        next = 1;
                        return list.get(0);
                    }
                });
            }
        }
        return server.thenCompose(this::handshake);
    }

    private CompletableFuture<List<URI>> serverList() {
        List<String> configured = configuration.serverList();
        if (!configured.isEmpty()) {
            return CompletableFuture.completedFuture(configured.stream().map(this::serverUri).toList());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(configuration.getServersUrl()))
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: it leaves an extra connection per socket
                .timeout(Duration.ofMillis(configuration.getConnectTimeout())).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new ServerListException("server list answered HTTP " + response.statusCode());
            }
            List<URI> servers = new ArrayList<>();
            try {
                for (JsonNode entry : codec.mapper().readTree(response.body())) {
                    JsonNode ip = entry.get("server_ip");
                    if (ip != null && ip.isTextual() && !ip.asText().isBlank()) {
                        servers.add(serverUri(ip.asText()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new ServerListException("server list is not [{\"server_ip\": ...}]: " + e.getMessage());
            }
            if (servers.isEmpty()) {
                throw new ServerListException("server list is empty");
            }
            return servers;
        });
    }

    private URI serverUri(String server) {
        return SioUris.toUri(server.contains("://") ? server : configuration.getServerScheme() + "://" + server);
    }

    /** A new sid for every connection: a sid is single-use, even when its connection failed. */
    private CompletableFuture<ConnectRequest> handshake(URI server) {
        URI handshake = SioUris.handshakeUri(server, System.currentTimeMillis());
        HttpRequest request = HttpRequest.newBuilder(handshake)
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: it leaves an extra connection per socket
                .timeout(Duration.ofMillis(configuration.getConnectTimeout())).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new HandshakeRefusedException(server, response.statusCode());
            }
            if (response.statusCode() != 200) {
                throw new ServerListException("handshake with " + server + " answered HTTP " + response.statusCode());
            }
            HandshakeResponse body = HandshakeResponse.parse(response.body());
            if (!body.supports(HandshakeResponse.WEBSOCKET)) {
                throw new ServerListException(server + " does not offer the websocket transport");
            }
            heartbeatTimeoutMillis = body.heartbeatTimeout() == null ? 0 : body.heartbeatTimeout().toMillis();
            URI socket = SioUris.websocketUri(server, body.sid());
            return new ConnectRequest(socket, server + "/socket.io/1/websocket/<sid>", Map.of(), List.of(),
                    Duration.ofMillis(configuration.getConnectTimeout()));
        });
    }

    @Override
    public void onOpen(ProtocolLink<HitboxInbound> link) {
        loggedIn = false;
        pendingChats.clear();
        pendingDirect.clear();
        lastHeartbeat = link.scheduler().nowMillis();
        watchHeartbeats(link);
    }

    /** The server must keep sending heartbeats; the advertised timeout without one means a dead link. */
    private void watchHeartbeats(ProtocolLink<HitboxInbound> link) {
        long timeout = heartbeatTimeoutMillis;
        if (timeout <= 0) {
            return;
        }
        heartbeatCheck.cancel();
        heartbeatCheck = link.scheduler().schedule(() -> {
            long quiet = link.scheduler().nowMillis() - lastHeartbeat;
            if (quiet >= timeout) {
                link.reconnect("no heartbeat for " + quiet + " ms (the server's heartbeat timeout is " + timeout + " ms)");
            } else {
                watchHeartbeats(link);
            }
        }, Math.max(100, timeout / 4));
    }

    // ---- receiving ----

    @Override
    public void onText(String frame, ProtocolLink<HitboxInbound> link) {
        SioPacket packet;
        try {
            packet = SioPacket.parse(frame);
        } catch (SioDecodeException e) {
            LOG.warn("Skipping a malformed Socket.IO packet: {}", e.getMessage());
            return;
        }
        switch (packet.type()) {
            case CONNECT -> link.send(codec.encode(join()));
            case HEARTBEAT -> {
                lastHeartbeat = link.scheduler().nowMillis();
                link.send(SioCodec.heartbeat());
            }
            case DISCONNECT -> link.reconnect("the server ended the Socket.IO session (0::)");
            case ERROR -> onError(packet.error(), link);
            case EVENT, MESSAGE, JSON -> onMessage(packet, link);
            default -> LOG.debug("Ignoring Socket.IO packet {}", packet.type());
        }
    }

    private JoinChannelRequest join() {
        if (configuration.getName() == null) {
            return new JoinChannelRequest(configuration.channelName(), GUEST_NAME, null,
                    configuration.isHideBuffered(), configuration.isNotify());
        }
        return new JoinChannelRequest(configuration.channelName(), configuration.getName(), configuration.getToken(),
                configuration.isHideBuffered(), configuration.isNotify());
    }

    private void onError(SioError error, ProtocolLink<HitboxInbound> link) {
        if (error != null && error.notHandshaken()) {
            link.reconnect("the server does not know this session id (7:::1+0); handshaking again");
        } else {
            link.reconnect("Socket.IO error " + (error == null ? "" : error.reasonText()));
        }
    }

    private void onMessage(SioPacket packet, ProtocolLink<HitboxInbound> link) {
        HitboxCodec.Decoded decoded;
        try {
            decoded = codec.decodeWithJson(packet);
        } catch (HitboxDecodeException | IllegalArgumentException e) {
            LOG.warn("Skipping a malformed hitbox message: {}", e.getMessage());
            return;
        }
        HitboxMessage message = decoded.message();
        if (message instanceof LoginMsg login) {
            onLogin(login, link);
        } else if (message instanceof ChatMsg chat) {
            onChat(chat, link);
        } else if (message instanceof InfoMsg info) {
            onInfo(info, link);
        } else if (message instanceof UserList list) {
            link.acknowledge(OperationKeys.USER_LIST, list);
        } else if (message instanceof UserInfo info && info.name() != null) {
            link.acknowledge(OperationKeys.userInfo(info.name()), info);
        }
        link.emit(new HitboxInbound(message, decoded.json()));
    }

    private void onLogin(LoginMsg login, ProtocolLink<HitboxInbound> link) {
        role = login.role();
        if (login.guest() && !configuration.isAllowGuest()) {
            link.fail(configuration.getName() == null
                    ? "logged in as guest: set name and token, or allowGuest=true"
                    : "credentials rejected: the server logged " + configuration.getName() + " in as guest");
            return;
        }
        loggedIn = true;
        synchronized (roundLock) {
            round = null; // the next loss starts a new round with a fresh server list
        }
        link.ready();
    }

    private void onChat(ChatMsg chat, ProtocolLink<HitboxInbound> link) {
        // our own message coming back is the server's only confirmation
        if (!chat.backlog() && configuration.getName() != null && configuration.getName().equalsIgnoreCase(chat.name())
                && pendingChats.remove(OperationKeys.chat(chat.text()))) {
            link.acknowledge(OperationKeys.chat(chat.text()), chat);
        }
    }

    private void onInfo(InfoMsg info, ProtocolLink<HitboxInbound> link) {
        // keys of messages the queue already gave up on (timed out) answer nothing: skip to the oldest one still waiting
        if (InfoMsg.ACTION_DIRECT_MSG.equals(info.action())) {
            String key;
            do {
                key = pendingDirect.pollFirst();
            } while (key != null && !link.acknowledge(key, info));
        } else if ((info.action() == null || info.action().isBlank()) && !info.subscription() && !info.viewerCounts()) {
            // slow mode, subscriber-only, rate limits: the server answers a refused chatMsg with a bare infoMsg
            HitboxException refused = HitboxException.refused(info.text());
            String key;
            do {
                key = pendingChats.pollFirst();
            } while (key != null && !link.reject(key, refused));
        }
    }

    // ---- sending ----

    @Override
    public Encoded encode(Object message, long sequence) throws Exception {
        if (!(message instanceof HitboxCall call)) {
            throw HitboxException.invalid("Not a hitbox request: " + message.getClass().getName());
        }
        if (role != null && HitboxRoles.GUEST.equalsIgnoreCase(role)) {
            throw HitboxException.invalid("The connection is logged in as guest: the server drops guest messages");
        }
        String channel = configuration.channelName();
        String name = configuration.getName();
        String token = configuration.getToken();
        String color = configuration.getNameColor();
        HitboxRequest request;
        String key = null;
        switch (call.operation()) {
            case chatMsg -> {
                if (call.text().equals(lastChatText)) {
                    throw HitboxException.invalid("The text is identical to the previous message, which the server"
                            + " drops without a word; change it (the server accepts repeats only after another message)");
                }
                ChatMsgRequest chat = call.me()
                        ? new ChatMsgRequest(channel, name, color, call.text(), true)
                        : ChatMsgRequest.of(channel, name, color, call.text());
                request = chat;
                key = OperationKeys.chat(chat.text());
                pendingChats.addLast(key);
                lastChatText = call.text();
            }
            case directMsg -> {
                request = new DirectMsgRequest(channel, name, call.user(), color, call.text());
                key = OperationKeys.direct(sequence);
                pendingDirect.addLast(key);
            }
            case getChannelUserList -> {
                request = new GetChannelUserListRequest(channel);
                key = OperationKeys.USER_LIST;
            }
            case getChannelUser -> {
                request = new GetChannelUserRequest(channel, call.user());
                key = OperationKeys.userInfo(call.user());
            }
            case mediaLog -> request = new MediaLogRequest(channel, "image", name, token);
            case kickUser -> request = new KickUserRequest(channel, call.user(), token,
                    call.number() == null ? configuration.getKickTimeout() : call.number());
            case banUser -> request = new BanUserRequest(channel, call.user(), token, false);
            case unbanUser -> request = new UnbanUserRequest(channel, call.user(), token);
            case makeMod -> request = new MakeModRequest(channel, call.user(), token);
            case removeMod -> request = new RemoveModRequest(channel, call.user(), token);
            case slowMode -> request = new SlowModeRequest(channel, call.number() == null ? 0 : call.number(), null);
            case motdMsg -> request = new MotdMsgRequest(channel, name, color, call.text(), Instant.now());
            case partChannel -> request = new PartChannelRequest(name == null ? GUEST_NAME : name);
            default -> throw HitboxException.invalid("Unsupported operation " + call.operation());
        }
        return new Encoded(codec.encode(request), key);
    }

    // ---- losing the connection ----

    @Override
    public CloseDecision onClose(int code, String reason) {
        return lost("closed by server with code " + code + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
    }

    @Override
    public CloseDecision onError(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && !(root instanceof HandshakeRefusedException)) {
            root = root.getCause();
        }
        if (root instanceof HandshakeRefusedException refused) {
            return CloseDecision.fatal(refused.getMessage());
        }
        return lost(ChatProtocol.describe(error));
    }

    private CloseDecision lost(String what) {
        heartbeatCheck.cancel();
        boolean wasLoggedIn = loggedIn;
        loggedIn = false;
        synchronized (roundLock) {
            if (!wasLoggedIn && round != null && next < round.size()) {
                return CloseDecision.retryAfter(0, what + "; trying the next chat server");
            }
            round = null;
        }
        return CloseDecision.retry(what);
    }

    /** Correlation keys of the replies the server sends. */
    static final class OperationKeys {
        static final String USER_LIST = "userList";

        private OperationKeys() {
        }

        static String chat(String text) {
            return "chat:" + text;
        }

        static String direct(long sequence) {
            return "direct:" + sequence;
        }

        static String userInfo(String name) {
            return "userInfo:" + name.toLowerCase(Locale.ROOT);
        }
    }

    /** The server list or a handshake could not be used; the next server (or round) is tried. */
    static final class ServerListException extends RuntimeException {
        ServerListException(String message) {
            super(message);
        }
    }

    /** A handshake answered 401 or 403: retrying cannot help. */
    static final class HandshakeRefusedException extends RuntimeException {
        HandshakeRefusedException(URI server, int status) {
            super("Socket.IO handshake with " + server + " refused with HTTP " + status);
        }
    }
}
