package io.github.camelchat.benchmarks;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Baseline (a): the JDK's {@code java.net.http.WebSocket}, one message requested at a time (the same back-pressure
 * the components use), a Jackson tree parse of each frame.
 */
final class RawJdkBaseline implements Receiver {

    private final Wire wire;
    private final HttpClient client = HttpClient.newHttpClient();

    RawJdkBaseline(Wire wire) {
        this.wire = wire;
    }

    @Override
    public String label() {
        return "(a) raw JDK WebSocket + Jackson";
    }

    @Override
    public void run(FloodServer server, Tally tally, long timeoutSeconds) throws Exception {
        run(server.port(), tally, timeoutSeconds);
    }

    /** Connects to the flood server on {@code port} and returns when the tally is complete. */
    void run(int port, Tally tally, long timeoutSeconds) throws Exception {
        RawProtocol protocol = new RawProtocol(wire, tally);
        WebSocket ws = client.newWebSocketBuilder()
                .buildAsync(protocol.uri(port), new Listener(protocol))
                .get(10, TimeUnit.SECONDS);
        try {
            tally.await(timeoutSeconds, label());
        } finally {
            ws.abort();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final RawProtocol protocol;
        private StringBuilder partial;
        private CompletableFuture<WebSocket> sends;

        Listener(RawProtocol protocol) {
            this.protocol = protocol;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            sends = CompletableFuture.completedFuture(webSocket);
            protocol.onOpen().forEach(frame -> send(webSocket, frame));
            webSocket.request(1);
        }

        private void send(WebSocket webSocket, String frame) {
            sends = sends.thenCompose(ws -> ws.sendText(frame, true));
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!last) {
                (partial == null ? partial = new StringBuilder() : partial).append(data);
            } else {
                String frame;
                if (partial == null) {
                    frame = data.toString();
                } else {
                    frame = partial.append(data).toString();
                    partial = null;
                }
                try {
                    String reply = protocol.onFrame(frame);
                    if (reply != null) {
                        send(webSocket, reply);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot parse " + frame, e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
