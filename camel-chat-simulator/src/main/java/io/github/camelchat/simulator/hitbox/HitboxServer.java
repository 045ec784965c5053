package io.github.camelchat.simulator.hitbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.simulator.RawWebSockets;
import io.github.camelchat.simulator.SimulatorLoop;
import io.github.camelchat.simulator.SimulatorServer;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side: the upgrade on {@code /socket.io/1/websocket/<sid>} (one use per sid), {@code 1::}, heartbeats,
 * packet intake, and every way a socket ends. Socket.IO 0.9's WebSocket transport ends a socket by closing TCP
 * without a WebSocket Close frame, and so does this server; a disconnect it starts is {@code 0::} first.
 * Loop-confined.
 */
final class HitboxServer extends SimulatorServer<HitboxConnection> {

    private static final Logger LOG = LoggerFactory.getLogger(HitboxServer.class);
    /** Not valid UTF-8: 0xC3 must be followed by a continuation byte (0x80-0xBF), 0x28 is not one. */
    static final byte[] INVALID_UTF8 = {'5', ':', ':', ':', (byte) 0xC3, 0x28};
    private static final Pattern WEBSOCKET_PATH = Pattern.compile("/socket\\.io/1/websocket/([^/?]+)/?");

    private final HitboxSimulatorOptions options;
    private final HitboxSwitches switches;
    private final Sessions sessions;
    private final Outbox out;
    private final Records records;
    private final ObjectMapper json;
    private final Heartbeats heartbeats;
    private final HttpRoutes routes;
    private BiConsumer<HitboxConnection, ClientMessage> handler = (c, m) -> { };
    private Consumer<HitboxConnection> onClosed = c -> { };

    HitboxServer(SimulatorLoop loop, HitboxSimulatorOptions options, HitboxSwitches switches, Outbox out,
                 Records records, ObjectMapper json) {
        super(loop, webSocketOptions(options.host(), options.port()), options.tls().orElse(null), out, INVALID_UTF8);
        this.options = options;
        this.switches = switches;
        this.out = out;
        this.records = records;
        this.json = json;
        this.sessions = new Sessions(options.handshakeExpiration());
        this.heartbeats = new Heartbeats(loop, switches, out, options.heartbeatInterval(), options.heartbeatTimeout(),
                this::heartbeatTimedOut);
        this.routes = new HttpRoutes(options, switches, sessions, records, json, () -> listener().port());
    }

    /**
     * @param requests handles every client request
     * @param closed   cleans up after a socket that has ended
     */
    void handlers(BiConsumer<HitboxConnection, ClientMessage> requests, Consumer<HitboxConnection> closed) {
        this.handler = requests;
        this.onClosed = closed;
    }

    String self() {
        return routes.self();
    }

    @Override
    protected void plainRequest(HttpServerRequest request) {
        routes.handle(request);
    }

    @Override
    protected void upgrade(HttpServerRequest request) {
        Matcher m = WEBSOCKET_PATH.matcher(request.path() == null ? "" : request.path());
        if (!m.matches()) {
            request.response().setStatusCode(404).end();
            return;
        }
        String sid = m.group(1);
        boolean handshaken = sessions.consume(sid);
        request.toWebSocket()
                .onSuccess(socket -> {
                    RawWebSockets.installFaults(socket, switches);
                    if (handshaken) {
                        opened(socket, sid);
                    } else {
                        LOG.debug("Sid {} is unknown, used or expired: {}", sid, SocketIoPacket.NOT_HANDSHAKEN);
                        socket.writeTextMessage(SocketIoPacket.NOT_HANDSHAKEN)
                                .onComplete(v -> RawWebSockets.dropTcp(socket));
                    }
                })
                .onFailure(err -> LOG.debug("WebSocket upgrade for sid {} failed", sid, err));
    }

    private void opened(ServerWebSocket socket, String sid) {
        HitboxConnection c = new HitboxConnection(socket, sid);
        out.add(c);
        socket.textMessageHandler(text -> received(c, text));
        socket.binaryMessageHandler(data -> LOG.debug("Ignoring a binary frame of {} bytes", data.length()));
        socket.exceptionHandler(err -> LOG.debug("Socket error on sid {}", sid, err));
        socket.closeHandler(v -> closed(c));
        out.sendText(c, SocketIoPacket.CONNECTED);
        heartbeats.start(c);
        LOG.debug("Sid {} connected from {}", sid, socket.remoteAddress());
    }

    private void closed(HitboxConnection c) {
        c.markClosed();
        heartbeats.stop(c);
        out.remove(c.socket());
        onClosed.accept(c);
    }

    private void received(HitboxConnection c, String frame) {
        SocketIoPacket packet = SocketIoPacket.parse(frame);
        if (packet != null && packet.type() == SocketIoPacket.HEARTBEAT) {
            records.heartbeatEcho();
            if (!heartbeats.received(c) && switches.answerHeartbeats()) {
                out.sendText(c, SocketIoPacket.HEARTBEAT_FRAME);
            }
            return;
        }
        ClientMessage message = packet == null ? null : ClientMessage.from(packet, json);
        String inner = ClientMessage.innerJson(packet, json);
        String channel = c.room != null ? c.room.name
                : message != null && "joinChannel".equals(message.method()) ? message.channel() : null;
        records.received(channel, inner != null ? inner : frame);
        LOG.debug("<- {} {}", c.sid, Tokens.maskIn(frame));
        if (packet == null) {
            return;
        }
        if (packet.type() == SocketIoPacket.DISCONNECT) {
            end(c);
            return;
        }
        if (!packet.id().isEmpty() && !packet.ackData()) {
            // The 0.9 server acknowledges a packet with a plain id by itself.
            out.sendText(c, SocketIoPacket.ACK + ":::" + packet.id());
        }
        if (message != null) {
            try {
                handler.accept(c, message);
            } catch (RuntimeException e) {
                LOG.error("Failed to handle {} from sid {}", message.method(), c.sid, e);
            }
        }
    }

    // ---------------------------------------------------------------- ways a socket ends

    /** A server-side disconnect ({@code socket.disconnect()}): {@code 0::}, then TCP closes. */
    Future<Void> disconnect(HitboxConnection c) {
        if (c.closed()) {
            return Future.succeededFuture();
        }
        return out.sendText(c, SocketIoPacket.DISCONNECTED).onComplete(v -> end(c)).mapEmpty();
    }

    /** Socket.IO 0.9's {@code end()}: TCP closes, no Close frame. */
    void end(HitboxConnection c) {
        c.markClosed();
        RawWebSockets.dropTcp(c.socket());
    }

    private void heartbeatTimedOut(HitboxConnection c) {
        LOG.debug("Sid {} did not echo a heartbeat within {}", c.sid, options.heartbeatTimeout());
        end(c);
    }

    Future<Void> disconnectAll() {
        List<Future<Void>> ends = new ArrayList<>();
        for (HitboxConnection c : out.connections()) {
            ends.add(disconnect(c));
        }
        return Future.all(ends).mapEmpty();
    }

    /** Marks each socket closed as well, as {@link #end} does: nothing more is sent to it. */
    @Override
    protected void dropAll() {
        for (HitboxConnection c : out.connections()) {
            end(c);
        }
    }

    Future<Void> injectRaw(String frame, ChatRoom roomOrNull) {
        return out.toAll(frame, c -> roomOrNull == null || c.room == roomOrNull);
    }

    /** Forgets pending handshakes and disconnects every socket ({@code 0::}). */
    @Override
    protected void endAllForStop() {
        sessions.clear();
        disconnectAll();
    }

    @Override
    protected Duration stopWait() {
        return options.closeTimeout();
    }
}
