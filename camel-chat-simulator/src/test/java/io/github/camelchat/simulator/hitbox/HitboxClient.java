package io.github.camelchat.simulator.hitbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.simulator.WebSocketTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A Socket.IO 0.9 client over the JDK's HTTP and WebSocket clients: handshake, {@code 1::}, {@code message} events
 * with object args, and decoding of the server's string args. Heartbeats are echoed while the test reads frames
 * (unless switched off), so a test that stops reading stops echoing, as a stuck client would.
 */
final class HitboxClient extends WebSocketTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    volatile boolean echoHeartbeats = true;
    int heartbeatsSeen;
    String sid;

    static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The 0.9 handshake; returns the sid. */
    static String handshake(HitboxSimulator sim) {
        HttpResponse<String> response = get(sim.baseUrl() + "/socket.io/1/?t=" + System.currentTimeMillis());
        assertThat(response.statusCode()).as("handshake status").isEqualTo(200);
        return response.body().split(":")[0];
    }

    static String socketUrl(HitboxSimulator sim, String sid) {
        return "ws://" + sim.selfAddress() + "/socket.io/1/websocket/" + sid;
    }

    /** Opens the WebSocket of this sid without reading anything. */
    static HitboxClient open(HitboxSimulator sim, String sid) {
        HitboxClient client = new HitboxClient().open(socketUrl(sim, sid), Map.of());
        client.sid = sid;
        return client;
    }

    /** Handshake, WebSocket, and the {@code 1::}. */
    static HitboxClient connect(HitboxSimulator sim) {
        HitboxClient client = open(sim, handshake(sim));
        assertThat(client.next()).isEqualTo("1::");
        return client;
    }

    /** Connects and sends joinChannel; the loginMsg is the next message. */
    static HitboxClient join(HitboxSimulator sim, String channel, String name, String token) {
        HitboxClient client = connect(sim);
        client.emit("joinChannel", params("channel", channel, "name", name, "token", token, "isAdmin", false));
        return client;
    }

    static HitboxClient join(HitboxSimulator sim, String channel, Account account) {
        return join(sim, channel, account.name(), account.token());
    }

    /** Alternating keys and values, nulls kept. */
    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** {@code 5:::{"name":"message","args":[{"method":...,"params":...}]}}, as clients send it. */
    void emit(String method, Map<String, Object> params) {
        Map<String, Object> body = params("method", method, "params", params);
        try {
            send("5:::" + JSON.writeValueAsString(params("name", "message", "args", new Object[] {body})));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The next frame that is not a heartbeat (echoing heartbeats on the way, if on). */
    String nextNonHeartbeat() {
        while (true) {
            String frame = next();
            if (!"2::".equals(frame)) {
                return frame;
            }
            heartbeatsSeen++;
            if (echoHeartbeats) {
                send("2::");
            }
        }
    }

    /** The next {@code message} event, decoded to {@code {method,params}} (args[0] must be a JSON string). */
    JsonNode nextMessage() {
        String frame = nextNonHeartbeat();
        assertThat(frame).as("an event frame").startsWith("5:::");
        JsonNode event = parse(frame.substring(4));
        assertThat(event.path("name").asText()).isEqualTo("message");
        JsonNode arg = event.path("args").get(0);
        assertThat(arg.isTextual()).as("args[0] is a JSON string: " + frame).isTrue();
        return parse(arg.asText());
    }

    /** Skips messages until one with this method. */
    JsonNode nextMessage(String method) {
        long deadline = System.nanoTime() + WAIT.toNanos() * 2;
        while (System.nanoTime() < deadline) {
            JsonNode message = nextMessage();
            if (method.equals(message.path("method").asText())) {
                return message;
            }
        }
        fail("no " + method + " in time; frames: " + allFrames());
        return null;
    }

    /** Asserts that no message (other than heartbeats, which are echoed) arrives within the time. */
    void expectNoMessage(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                String frame = frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    return;
                }
                if ("2::".equals(frame)) {
                    heartbeatsSeen++;
                    if (echoHeartbeats) {
                        send("2::");
                    }
                    continue;
                }
                fail("unexpected frame " + frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the server has ended the connection (TCP closed, with or without a Close frame). */
    boolean isClosed() {
        return closed.isDone();
    }
}
