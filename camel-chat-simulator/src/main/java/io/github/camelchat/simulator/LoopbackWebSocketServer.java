package io.github.camelchat.simulator;

import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * The listening half every simulator shares: binds an HTTP server (port 0 = a free port, remembered so that a restart
 * comes back on the same one), counts WebSocket upgrade requests, and hands them to the protocol. Plain HTTP requests
 * go to an optional handler (for protocols that discover or handshake over HTTP first); without one they get the 404
 * that Java-WebSocket servers answer. Loop-confined except for the counters.
 */
public final class LoopbackWebSocketServer {

    private final SimulatorLoop loop;
    private final HttpServerOptions options;
    private final Handler<HttpServerRequest> upgradeHandler;
    private final Handler<HttpServerRequest> plainHandler;
    private final AtomicInteger upgradeAttempts = new AtomicInteger();
    private volatile int port;
    private volatile boolean listening;
    private HttpServer server;

    public LoopbackWebSocketServer(SimulatorLoop loop, HttpServerOptions options, Handler<HttpServerRequest> upgradeHandler) {
        this(loop, options, upgradeHandler, LoopbackWebSocketServer::notAnUpgrade);
    }

    /** @param plainHandler answers every request that is not a WebSocket upgrade */
    public LoopbackWebSocketServer(SimulatorLoop loop, HttpServerOptions options, Handler<HttpServerRequest> upgradeHandler,
                                   Handler<HttpServerRequest> plainHandler) {
        this.loop = loop;
        this.options = new HttpServerOptions(options);
        this.upgradeHandler = upgradeHandler;
        this.plainHandler = plainHandler;
        this.port = options.getPort();
    }

    /** Starts listening on the configured port, or on the port of the previous listen after a stop. */
    public Future<Integer> listen() {
        if (server != null) {
            return Future.succeededFuture(port);
        }
        HttpServer created = loop.vertx().createHttpServer(new HttpServerOptions(options).setPort(port));
        created.requestHandler(this::route);
        server = created;
        return created.listen().map(bound -> {
            port = bound.actualPort();
            listening = true;
            return port;
        }).onFailure(err -> server = null);
    }

    /** Stops listening. Vert.x also closes every connection that is still open, so close sockets gracefully first. */
    public Future<Void> stop() {
        HttpServer current = server;
        server = null;
        listening = false;
        return current == null ? Future.succeededFuture() : current.close();
    }

    public int port() {
        return port;
    }

    public boolean listening() {
        return listening;
    }

    public int upgradeAttempts() {
        return upgradeAttempts.get();
    }

    private void route(HttpServerRequest request) {
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        if (upgrade != null && upgrade.equalsIgnoreCase("websocket")) {
            upgradeAttempts.incrementAndGet();
            upgradeHandler.handle(request);
        } else {
            plainHandler.handle(request);
        }
    }

    private static void notAnUpgrade(HttpServerRequest request) {
        request.response().setStatusCode(404).setStatusMessage("WebSocket Upgrade Failure").end();
    }
}
