package io.github.camelchat.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A JDK WebSocket client that records everything, for assertions; protocol test clients extend it. */
public class WebSocketTestClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Close(int code, String reason) {
    }

    public final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    public final CompletableFuture<Close> closed = new CompletableFuture<>();
    public final CompletableFuture<Throwable> error = new CompletableFuture<>();
    public final AtomicInteger pings = new AtomicInteger();
    public final AtomicInteger pongs = new AtomicInteger();
    private final List<String> all = new ArrayList<>();
    private WebSocket socket;

    /** Opens a connection with this HTTP client (e.g. one with a TLS context of its own) and returns the client. */
    public static WebSocketTestClient connect(HttpClient http, String url, String... subprotocols) {
        return new WebSocketTestClient().open(http, url, Map.of(), subprotocols);
    }

    /** Opens the connection (within 10 s) and returns this client. */
    protected <T extends WebSocketTestClient> T open(String url, Map<String, String> headers, String... subprotocols) {
        return open(HTTP, url, headers, subprotocols);
    }

    protected <T extends WebSocketTestClient> T open(HttpClient http, String url, Map<String, String> headers,
                                                     String... subprotocols) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        socket = builder.buildAsync(URI.create(url), listener()).orTimeout(10, TimeUnit.SECONDS).join();
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder parts = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                parts.append(data);
                if (last) {
                    String frame = parts.toString();
                    parts.setLength(0);
                    synchronized (all) {
                        all.add(frame);
                    }
                    frames.add(frame);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
                pings.incrementAndGet();
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
                pongs.incrementAndGet();
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(new Close(statusCode, reason));
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable err) {
                error.complete(err);
                closed.complete(new Close(1006, "onError: " + err));
            }
        };
    }

    /** The subprotocol the server chose ("" for none). */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public void send(String frame) {
        socket.sendText(frame, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    public void sendPing() {
        socket.sendPing(ByteBuffer.wrap(new byte[] {1, 2, 3})).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** The next text frame, failing after {@link #WAIT}. */
    public String next() {
        try {
            String frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                fail("no frame within " + WAIT + "; so far: " + allFrames());
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public JsonNode nextJson() {
        return parse(next());
    }

    /** Asserts that no frame arrives within the given time. */
    public void expectNothing(Duration within) {
        try {
            String frame = frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("unexpected frame").isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Close awaitClose() {
        return closed.orTimeout(10, TimeUnit.SECONDS).join();
    }

    public List<String> allFrames() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    public static JsonNode parse(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + frame, e);
        }
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(2, TimeUnit.SECONDS).join();
            } catch (RuntimeException ignored) {
                // already closing
            }
        }
        if (socket != null) {
            socket.abort();
        }
    }
}
