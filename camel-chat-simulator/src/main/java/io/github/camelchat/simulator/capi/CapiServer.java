package io.github.camelchat.simulator.capi;

import java.time.Duration;
import java.util.List;

import io.github.camelchat.simulator.ProtocolKeepAlive;
import io.github.camelchat.simulator.RawWebSockets;
import io.github.camelchat.simulator.SimulatorLoop;
import io.github.camelchat.simulator.SimulatorServer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side of the simulator: the upgrade on {@code /v1/rpc/chat} (echoing the {@code json} subprotocol),
 * frame intake in order and with the response delay, and every way a socket ends. Loop-confined.
 */
final class CapiServer extends SimulatorServer<CapiConnection> {

    private static final Logger LOG = LoggerFactory.getLogger(CapiServer.class);
    /** Not valid UTF-8: 0xC3 must be followed by a continuation byte (0x80-0xBF), 0x28 is not one. */
    static final byte[] INVALID_UTF8 = {'{', (byte) 0xC3, 0x28, '}'};
    static final short GOING_AWAY = 1001;
    static final String STOPPING_REASON = "Server stopping";

    private final CapiSimulatorOptions options;
    private final CapiSwitches switches;
    private final Outbox out;
    private final Records records;
    private final ProtocolKeepAlive keepAlive;
    private RequestHandler handler;

    CapiServer(SimulatorLoop loop, CapiSimulatorOptions options, CapiSwitches switches, Outbox out, Records records,
               ProtocolKeepAlive keepAlive) {
        super(loop, httpOptions(options), options.tls().orElse(null), out, INVALID_UTF8);
        this.options = options;
        this.switches = switches;
        this.out = out;
        this.records = records;
        this.keepAlive = keepAlive;
    }

    void handler(RequestHandler requestHandler) {
        this.handler = requestHandler;
    }

    private static HttpServerOptions httpOptions(CapiSimulatorOptions options) {
        return webSocketOptions(options.host(), options.port())
                // websocket-sharp (LiquidWater) fails unless the server echoes "json"; other clients offer none.
                .setWebSocketSubProtocols(List.of("json"))
                .setWebSocketClosingTimeout((int) Math.max(1, options.closeTimeout().toSeconds()));
    }

    @Override
    protected void upgrade(HttpServerRequest request) {
        if (!CapiSimulatorOptions.PATH.equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.toWebSocket()
                .onSuccess(this::opened)
                .onFailure(err -> LOG.debug("WebSocket upgrade failed", err));
    }

    private void opened(ServerWebSocket socket) {
        RawWebSockets.installFaults(socket, switches);
        CapiConnection connection = new CapiConnection(socket);
        out.add(connection);
        keepAlive.track(socket);
        LOG.debug("Socket opened from {} (subprotocol {})", socket.remoteAddress(), socket.subProtocol());
        socket.textMessageHandler(text -> received(connection, text));
        socket.binaryMessageHandler(data -> LOG.debug("Ignoring a binary frame of {} bytes", data.length()));
        socket.exceptionHandler(err -> LOG.debug("Socket error", err));
        socket.closeHandler(v -> {
            connection.markClosed();
            connection.connected = false;
            out.remove(socket);
            keepAlive.untrack(socket);
        });
    }

    /** Recorded at once; handled in arrival order, each no earlier than the response delay after its arrival. */
    private void received(CapiConnection connection, String text) {
        ClientRequest request = ClientRequest.read(text);
        String apiKey = Commands.AUTHENTICATE.equals(request.command()) && request.apiKey() != null
                ? request.apiKey() : connection.recordKey();
        records.received(apiKey, text);
        long dueNanos = System.nanoTime() + switches.responseDelay().toNanos();
        connection.handled = connection.handled
                .compose(v -> waitUntil(dueNanos))
                .compose(v -> {
                    try {
                        handler.handle(connection, request);
                    } catch (RuntimeException e) {
                        LOG.error("Failed to handle {}", request.command(), e);
                    }
                    return Future.<Void>succeededFuture();
                });
    }

    private Future<Void> waitUntil(long dueNanos) {
        // Rounded up, so that the timer never fires before the due time.
        long leftMs = (dueNanos - System.nanoTime() + 999_999) / 1_000_000;
        if (leftMs <= 0) {
            return Future.succeededFuture();
        }
        Promise<Void> due = Promise.promise();
        loop.vertx().setTimer(leftMs, id -> due.complete());
        return due.future();
    }

    // ---------------------------------------------------------------- ways a socket ends

    /** The bad-key path: a Close frame without status (the client reports 1005), then TCP closes. */
    void closeWithoutStatus(CapiConnection connection) {
        connection.connected = false;
        connection.markClosed();
        if (!connection.socket().isClosed()) {
            RawWebSockets.closeWithoutStatus(connection.socket());
        }
    }

    /** After a DisconnectEvent: a normal close (1000). */
    void closeNormally(CapiConnection connection) {
        closeSocket(connection.socket(), 1000, null);
    }

    /** Closes every socket of this key the bad-key way (the key has expired). */
    void closeKey(String apiKey) {
        for (CapiConnection c : out.connections()) {
            if (apiKey.equals(c.apiKey)) {
                closeWithoutStatus(c);
            }
        }
    }

    /** 1001 "Server stopping" to every socket. */
    @Override
    protected void endAllForStop() {
        closeAll(GOING_AWAY, STOPPING_REASON);
    }

    /** Until the clients have answered the close, or the close timeout has passed. */
    @Override
    protected Duration stopWait() {
        return options.closeTimeout().plusMillis(500);
    }
}
