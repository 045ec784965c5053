package io.github.camelchat.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/** Baseline (b): a Vert.x 4.5 WebSocket client on its own event loop, a Jackson tree parse of each frame. */
final class RawVertxBaseline implements Receiver {

    private final Wire wire;
    private final WebSocketClient client;

    RawVertxBaseline(Wire wire, Vertx vertx) {
        this.wire = wire;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 20).setTcpNoDelay(true));
    }

    @Override
    public String label() {
        return "(b) raw Vert.x WebSocket + Jackson";
    }

    @Override
    public void run(FloodServer server, Tally tally, long timeoutSeconds) throws Exception {
        RawProtocol protocol = new RawProtocol(wire, tally);
        URI uri = protocol.uri(server.port());
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath());
        WebSocket ws = client.connect(options).onSuccess(socket -> {
            socket.textMessageHandler(frame -> {
                try {
                    String reply = protocol.onFrame(frame);
                    if (reply != null) {
                        socket.writeTextMessage(reply);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot parse " + frame, e);
                }
            });
            protocol.onOpen().forEach(socket::writeTextMessage);
        }).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            tally.await(timeoutSeconds, label());
        } finally {
            ws.close();
        }
    }
}
