package io.github.camelchat.simulator;

import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PfxOptions;

/**
 * The listening half every simulator shares: binds an HTTP server (port 0 = a free port, remembered so that a restart
 * comes back on the same one), counts WebSocket upgrade requests, and hands them to the protocol. Plain HTTP requests
 * go to an optional handler (for protocols that discover or handshake over HTTP first); without one they get the 404
 * that Java-WebSocket servers answer. With a {@link SimulatorCertificate} it serves TLS ({@code wss://} and
 * {@code https://}) on the same port instead. Loop-confined except for the counters.
 */
public final class LoopbackWebSocketServer {

    private final SimulatorLoop loop;
    private final HttpServerOptions options;
    private final Handler<HttpServerRequest> upgradeHandler;
    private final Handler<HttpServerRequest> plainHandler;
    private final SimulatorCertificate certificate;
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
        this(loop, options, null, upgradeHandler, plainHandler);
    }

    /**
     * @param certificate the key and certificate to serve TLS with, or {@code null} for plain {@code ws://}
     * @param plainHandler answers every request that is not a WebSocket upgrade
     */
    public LoopbackWebSocketServer(SimulatorLoop loop, HttpServerOptions options, SimulatorCertificate certificate,
                                   Handler<HttpServerRequest> upgradeHandler, Handler<HttpServerRequest> plainHandler) {
        this.loop = loop;
        this.options = certificate == null ? new HttpServerOptions(options) : withTls(options, certificate);
        this.upgradeHandler = upgradeHandler;
        this.plainHandler = plainHandler;
        this.certificate = certificate;
        this.port = options.getPort();
    }

    private static HttpServerOptions withTls(HttpServerOptions options, SimulatorCertificate certificate) {
        return new HttpServerOptions(options)
                .setSsl(true)
                .setKeyCertOptions(new PfxOptions().setPath(certificate.keyStore().toAbsolutePath().toString())
                        .setPassword(certificate.password()));
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

    /** Whether it serves TLS. */
    public boolean secure() {
        return certificate != null;
    }

    /** {@code wss} with TLS, else {@code ws}. */
    public String webSocketScheme() {
        return secure() ? "wss" : "ws";
    }

    /** {@code https} with TLS, else {@code http}. */
    public String httpScheme() {
        return secure() ? "https" : "http";
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

    /** What a Java-WebSocket server answers a request that is not an upgrade. */
    public static void notAnUpgrade(HttpServerRequest request) {
        request.response().setStatusCode(404).setStatusMessage("WebSocket Upgrade Failure").end();
    }
}
