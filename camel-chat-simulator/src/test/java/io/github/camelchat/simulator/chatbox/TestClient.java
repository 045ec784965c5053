package io.github.camelchat.simulator.chatbox;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.simulator.WebSocketTestClient;

/** The recording JDK WebSocket client with chatbox packet helpers. */
final class TestClient extends WebSocketTestClient {

    static TestClient connect(String url) {
        return connect(url, Map.of());
    }

    static TestClient connect(String url, Map<String, String> headers) {
        return new TestClient().open(url, headers);
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
}
