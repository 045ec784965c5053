package io.github.camelchat.simulator.chatbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
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

/** A JDK WebSocket client that records everything, for assertions. */
final class TestClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Close(int code, String reason) {
    }

    final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Close> closed = new CompletableFuture<>();
    final CompletableFuture<Throwable> error = new CompletableFuture<>();
    final AtomicInteger pings = new AtomicInteger();
    final AtomicInteger pongs = new AtomicInteger();
    private final List<String> all = new ArrayList<>();
    private WebSocket socket;

    static TestClient connect(String url) {
        return connect(url, Map.of());
    }

    static TestClient connect(String url, Map<String, String> headers) {
        TestClient client = new TestClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create(url), client.listener()).orTimeout(10, TimeUnit.SECONDS).join();
        return client;
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

    void send(String frame) {
        socket.sendText(frame, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    void sendPing() {
        socket.sendPing(ByteBuffer.wrap(new byte[] {1, 2, 3})).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** The next text frame, failing after {@link #WAIT}. */
    String next() {
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

    JsonNode nextJson() {
        return parse(next());
    }

    /** Skips frames until one of this type (and event, for events) arrives. */
    JsonNode nextOfType(String type) {
        while (true) {
            JsonNode node = nextJson();
            if (type.equals(node.path("type").asText())) {
                return node;
            }
        }
    }

    JsonNode nextEvent(String event) {
        while (true) {
            JsonNode node = nextJson();
            if ("event".equals(node.path("type").asText()) && event.equals(node.path("event").asText())) {
                return node;
            }
        }
    }

    /** Reads past the greeting (players and hello, whatever the order). */
    TestClient greeted() {
        nextOfType("hello");
        return this;
    }

    /** Asserts that no frame arrives within the given time. */
    void expectNothing(Duration within) {
        try {
            String frame = frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("unexpected frame").isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Close awaitClose() {
        return closed.orTimeout(10, TimeUnit.SECONDS).join();
    }

    List<String> allFrames() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    static JsonNode parse(String frame) {
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
