package io.github.camelchat.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side every simulator shares: the {@link LoopbackWebSocketServer}, turning upgrades away with 503 while
 * stopped, stop-and-listen-again restarts, and the transport faults that do not depend on the protocol (raw Close
 * frames, dropped TCP, invalid UTF-8). How sockets are opened, read and ended on a stop is the protocol's.
 * Loop-confined.
 *
 * @param <C> the protocol's connection
 */
public abstract class SimulatorServer<C extends SimulatorConnection> {

    /** A logger named after the protocol's server, as its own log lines are. */
    private final Logger log = LoggerFactory.getLogger(getClass());
    protected final SimulatorLoop loop;
    private final LoopbackWebSocketServer listener;
    private final OpenSockets<C> sockets;
    private final byte[] invalidUtf8;
    private boolean accepting = true;

    /**
     * @param tls         the certificate to serve TLS with, or {@code null}
     * @param sockets     where the protocol keeps the sockets it accepts
     * @param invalidUtf8 the payload of {@link #injectInvalidUtf8()}: a frame the protocol would read but for its bytes
     */
    protected SimulatorServer(SimulatorLoop loop, HttpServerOptions http, SimulatorCertificate tls,
                              OpenSockets<C> sockets, byte[] invalidUtf8) {
        this.loop = loop;
        this.sockets = sockets;
        this.invalidUtf8 = invalidUtf8.clone();
        this.listener = new LoopbackWebSocketServer(loop, http, tls, this::route, this::plainRequest);
    }

    /**
     * Options every simulator listens with: the configured address, reusable at once for a restart, and no
     * compression, since none of the clients the simulators stand in for negotiates a WebSocket extension.
     */
    protected static HttpServerOptions webSocketOptions(String host, int port) {
        return new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setReuseAddress(true)
                .setPerMessageWebSocketCompressionSupported(false)
                .setPerFrameWebSocketCompressionSupported(false)
                .setMaxWebSocketFrameSize(1 << 20)
                .setMaxWebSocketMessageSize(1 << 22);
    }

    protected LoopbackWebSocketServer listener() {
        return listener;
    }

    protected Future<Integer> start() {
        accepting = true;
        return listener.listen();
    }

    private void route(HttpServerRequest request) {
        if (!accepting) {
            request.response().setStatusCode(503).end();
            return;
        }
        upgrade(request);
    }

    /** A WebSocket upgrade request while the server is accepting. */
    protected abstract void upgrade(HttpServerRequest request);

    /** A request that is not an upgrade: by default what a Java-WebSocket server answers. */
    protected void plainRequest(HttpServerRequest request) {
        LoopbackWebSocketServer.notAnUpgrade(request);
    }

    protected List<C> connections() {
        return sockets.connections();
    }

    protected int openConnections() {
        return sockets.size();
    }

    // ---------------------------------------------------------------- ways a socket ends

    /** A Close frame with this code and reason, unless the socket is closed or closing already. */
    protected static Future<Void> closeSocket(ServerWebSocket socket, int code, String reason) {
        if (socket.isClosed()) {
            return Future.succeededFuture();
        }
        try {
            return socket.close((short) code, reason).otherwiseEmpty();
        } catch (IllegalStateException alreadyClosing) {
            return Future.succeededFuture();
        }
    }

    /** Closes every socket with this code and reason, and nothing the protocol would send first. */
    protected Future<Void> closeAll(int code, String reason) {
        List<Future<Void>> closes = new ArrayList<>();
        for (C c : connections()) {
            closes.add(closeSocket(c.socket(), code, reason));
        }
        return Future.all(closes).mapEmpty();
    }

    /** Kills every TCP connection without a Close frame. */
    protected void dropAll() {
        for (C c : connections()) {
            RawWebSockets.dropTcp(c.socket());
        }
    }

    /** Sends this text frame to every open socket, as is. */
    protected Future<Void> injectRaw(String frame) {
        return sockets.toAll(frame, c -> true);
    }

    protected Future<Void> injectInvalidUtf8() {
        List<Future<Void>> writes = new ArrayList<>();
        for (C c : connections()) {
            if (!c.closed()) {
                writes.add(RawWebSockets.writeTextBytes(c.socket(), invalidUtf8.clone()).otherwiseEmpty());
            }
        }
        return Future.all(writes).mapEmpty();
    }

    // ---------------------------------------------------------------- lifecycle

    /** Ends every socket the way the protocol's server does when it shuts down. */
    protected abstract void endAllForStop();

    /** How long a stop waits for the sockets to be gone before it stops listening anyway. */
    protected abstract Duration stopWait();

    /**
     * Stops accepting, ends every socket, then stops listening once they are gone or {@link #stopWait()} has passed
     * (stopping the listener first would let Vert.x close them its own way).
     */
    protected Future<Void> stop() {
        accepting = false;
        endAllForStop();
        return loop.when(() -> openConnections() == 0, stopWait())
                .compose(v -> listener.stop());
    }

    /** Stops, then listens again on the same port after the downtime. */
    protected Future<Void> restart(Duration downtime) {
        return stop().onComplete(v -> loop.vertx().setTimer(Math.max(1, downtime.toMillis()), id -> {
            accepting = true;
            listener.listen().onFailure(err -> log.error("Could not listen again on port {}", listener.port(), err));
        }));
    }
}
