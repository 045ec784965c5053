package io.github.camelchat.common.transport;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@link ChatTransport} over the JDK's {@code java.net.http.WebSocket}: no extra dependency, TLS from an
 * {@code SSLContext}, HTTP CONNECT proxies, and demand-driven reading with {@code request(1)}.
 */
public final class JdkWebSocketTransport implements ChatTransport {

    private final HttpClient client;
    private final int maxMessageChars;

    public JdkWebSocketTransport(HttpClient client, int maxMessageChars) {
        this.client = client;
        this.maxMessageChars = maxMessageChars;
    }

    /** A JDK HTTP client with these options' TLS context, proxy, connect timeout and executor. */
    public static HttpClient newClient(TransportOptions options) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(options.connectTimeout());
        if (options.sslContext() != null) {
            builder.sslContext(options.sslContext());
        }
        if (options.proxy() != null) {
            builder.proxy(ProxySelector.of(options.proxy()));
        }
        if (options.executor() != null) {
            builder.executor(options.executor());
        }
        return builder.build();
    }

    @Override
    public CompletableFuture<ChatSocket> open(ConnectRequest request, SocketListener listener) {
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(request.connectTimeout());
        request.headers().forEach(builder::header);
        if (!request.subprotocols().isEmpty()) {
            String first = request.subprotocols().get(0);
            String[] rest = request.subprotocols().subList(1, request.subprotocols().size()).toArray(String[]::new);
            builder.subprotocols(first, rest);
        }
        Reader reader = new Reader(listener, maxMessageChars);
        return builder.buildAsync(request.uri(), reader).<ChatSocket>thenApply(webSocket -> reader.socket)
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(clientFailure(error)));
    }

    /**
     * What a failure of the JDK client reports to the session. JDK 17's client fails with a bare {@code InternalError}
     * (from {@code TransportImpl.acknowledgeReception}) when the server closes the connection right after the
     * upgrade; that says nothing to someone reading the session's state or health, so it becomes an
     * {@code IOException} that does, with the JDK's error as its cause. Anything else is reported as it is.
     */
    static Throwable clientFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof InternalError) {
            return new IOException("the JDK WebSocket client failed with " + cause + " (seen when the server closes "
                    + "the connection right after the WebSocket upgrade)", cause);
        }
        return cause;
    }

    /** Joins fragments, enforces the size limit and asks for one message at a time. */
    private static final class Reader implements WebSocket.Listener {
        private final SocketListener listener;
        private final int maxMessageChars;
        private StringBuilder partial;
        private volatile JdkSocket socket;

        Reader(SocketListener listener, int maxMessageChars) {
            this.listener = listener;
            this.maxMessageChars = maxMessageChars;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            // frames may arrive before buildAsync completes: the session must know its socket first
            socket = new JdkSocket(webSocket);
            listener.onOpen(socket);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            int size = (partial == null ? 0 : partial.length()) + data.length();
            if (size > maxMessageChars) {
                partial = null;
                webSocket.abort();
                listener.onError(new MessageTooLargeException(size, maxMessageChars));
                return null;
            }
            if (!last) {
                if (partial == null) {
                    partial = new StringBuilder(Math.max(256, data.length() * 2));
                }
                partial.append(data);
                webSocket.request(1);
                return null;
            }
            String message;
            if (partial == null) {
                message = data.toString();
            } else {
                message = partial.append(data).toString();
                partial = null;
            }
            CompletionStage<?> handled;
            try {
                handled = listener.onText(message);
            } catch (RuntimeException e) {
                // the session already logs what it cannot handle; never let it stop the reader
                handled = null;
            }
            if (handled == null) {
                webSocket.request(1);
            } else {
                handled.whenComplete((ignored, error) -> webSocket.request(1));
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            listener.onActivity();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            // the JDK answers with a pong on its own
            listener.onActivity();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            listener.onActivity();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            listener.onClose(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            listener.onError(clientFailure(error));
        }
    }

    /** Keeps at most one send outstanding, as the JDK requires, by chaining each send on the previous one. */
    private static final class JdkSocket implements ChatSocket {
        private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
        private final WebSocket webSocket;
        private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

        JdkSocket(WebSocket webSocket) {
            this.webSocket = webSocket;
        }

        @Override
        public CompletableFuture<Void> sendText(String text) {
            return chain(() -> webSocket.sendText(text, true));
        }

        @Override
        public CompletableFuture<Void> sendPing() {
            return chain(() -> webSocket.sendPing(EMPTY.duplicate()));
        }

        private synchronized CompletableFuture<Void> chain(java.util.function.Supplier<CompletableFuture<WebSocket>> send) {
            CompletableFuture<Void> next = tail.handle((v, e) -> null)
                    .thenCompose(ignored -> send.get())
                    .thenApply(ws -> null);
            tail = next;
            return next;
        }

        @Override
        public void close(int code, String reason) {
            if (!webSocket.isOutputClosed()) {
                webSocket.sendClose(code, reason == null ? "" : reason)
                        .exceptionally(e -> {
                            webSocket.abort();
                            return null;
                        });
            }
        }

        @Override
        public void abort() {
            webSocket.abort();
        }
    }
}
