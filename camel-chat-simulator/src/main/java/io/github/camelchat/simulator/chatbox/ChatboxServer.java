package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.camelchat.simulator.FaultSwitches;
import io.github.camelchat.simulator.ProtocolKeepAlive;
import io.github.camelchat.simulator.RawWebSockets;
import io.github.camelchat.simulator.SimulatorLoop;
import io.github.camelchat.simulator.SimulatorServer;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side of the simulator: the open checks and greeting of {@code WsServer.onOpen} and the connect
 * listeners, frame dispatch, and every way a socket ends. Loop-confined.
 */
final class ChatboxServer extends SimulatorServer<ChatboxConnection> {

    private static final Logger LOG = LoggerFactory.getLogger(ChatboxServer.class);
    /** Not valid UTF-8: 0xC3 must be followed by a continuation byte (0x80-0xBF), 0x28 is not one. */
    static final byte[] INVALID_UTF8 = {'{', (byte) 0xC3, 0x28, '}'};

    private final ChatboxSimulatorOptions options;
    private final FaultSwitches faults;
    private final OpenCheck openCheck;
    private final Greeter greeter;
    private final ClientPacketHandler packets;
    private final Broadcaster out;
    private final PacketWriter writer;
    private final Records records;
    private final ProtocolKeepAlive keepAlive;
    private final Runnable onStop;

    /** @param onStop forgets what a server stop loses (queues, a pending restart) */
    ChatboxServer(SimulatorLoop loop, ChatboxSimulatorOptions options, FaultSwitches faults, OpenCheck openCheck,
                  Greeter greeter, ClientPacketHandler packets, Broadcaster out, PacketWriter writer, Records records,
                  ProtocolKeepAlive keepAlive, Runnable onStop) {
        super(loop, httpOptions(options), options.tls().orElse(null), out, INVALID_UTF8);
        this.options = options;
        this.faults = faults;
        this.openCheck = openCheck;
        this.greeter = greeter;
        this.packets = packets;
        this.out = out;
        this.writer = writer;
        this.records = records;
        this.keepAlive = keepAlive;
        this.onStop = onStop;
    }

    private static HttpServerOptions httpOptions(ChatboxSimulatorOptions options) {
        return webSocketOptions(options.host(), options.port())
                .setWebSocketClosingTimeout((int) Math.max(1, options.closeTimeout().toSeconds()));
    }

    /** License keys are secrets on the server side too: logs show only the path's shape. */
    static String masked(String uri) {
        return uri == null ? null : uri.replaceAll("/(?!guest\\b)[^/?]+$", "/xxxxxx");
    }

    @Override
    protected void upgrade(HttpServerRequest request) {
        String uri = request.uri();
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        request.toWebSocket()
                .onSuccess(socket -> opened(socket, uri, remote, forwardedFor))
                .onFailure(err -> LOG.debug("WebSocket upgrade of {} failed", masked(uri), err));
    }

    private void opened(ServerWebSocket socket, String uri, String remote, String forwardedFor) {
        RawWebSockets.installFaults(socket, faults);
        OpenCheck.Result result = openCheck.check(uri, remote, forwardedFor);
        if (result instanceof OpenCheck.Reject reject) {
            LOG.debug("Rejecting {} from {}: {}", masked(uri), remote, reject.reason().wireName());
            close(socket, reject.reason(), reject.reason().wireName());
            return;
        }
        OpenCheck.Accept accept = (OpenCheck.Accept) result;
        LicenseBook.Entry license = accept.license();
        ChatboxConnection connection = new ChatboxConnection(socket, license.id, accept.key(), license.guest());
        out.add(connection);
        keepAlive.track(socket);
        socket.textMessageHandler(text -> {
            records.received(connection.licenseKey, text);
            packets.handle(connection, text);
        });
        // Java-WebSocket's default onMessage(ByteBuffer) does nothing, so neither does RCC.
        socket.binaryMessageHandler(data -> { });
        socket.exceptionHandler(err -> LOG.debug("Socket error on {}", masked(uri), err));
        socket.closeHandler(v -> {
            connection.markClosed();
            out.remove(socket);
            keepAlive.untrack(socket);
        });
        greeter.greet(connection, license);
    }

    /** A server-initiated close; SwitchCraft style adds a closing packet first. */
    private Future<Void> close(ServerWebSocket socket, CloseReason reason, String closeFrameReason) {
        Future<Void> packet = Future.succeededFuture();
        if (options.sendClosingPacket() && !socket.isClosed()) {
            packet = socket.writeTextMessage(writer.writeClosing(reason)).otherwiseEmpty();
        }
        Future<Void> closing = closeSocket(socket, reason.code(options.closeCodes()), closeFrameReason);
        return Future.all(packet, closing).mapEmpty();
    }

    /** Closes every socket with a known reason, using its human text as RCC's closeAllClients does. */
    Future<Void> closeAll(CloseReason reason) {
        List<Future<Void>> closes = new ArrayList<>();
        for (ChatboxConnection c : out.connections()) {
            closes.add(close(c.socket(), reason, reason.message()));
        }
        return Future.all(closes).mapEmpty();
    }

    /** RCC's closeLicenseClients: 4005 with the human text when a key is revoked or regenerated. */
    Future<Void> closeLicense(UUID licenseId, CloseReason reason) {
        List<Future<Void>> closes = new ArrayList<>();
        for (ChatboxConnection c : out.connections()) {
            if (c.licenseId.equals(licenseId)) {
                closes.add(close(c.socket(), reason, reason.message()));
            }
        }
        return Future.all(closes).mapEmpty();
    }

    /** RCC's SERVER_STOPPING: 4000 and the human text to every socket (no packet). */
    @Override
    protected void endAllForStop() {
        onStop.run();
        closeAll(CloseReason.SERVER_STOPPING);
    }

    /** Until the clients have answered the close, or the close timeout has passed. */
    @Override
    protected Duration stopWait() {
        return options.closeTimeout().plusMillis(500);
    }
}
