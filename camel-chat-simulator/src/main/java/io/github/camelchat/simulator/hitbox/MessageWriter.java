package io.github.camelchat.simulator.hitbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Frames messages as the live server did: {@code 5:::{"name":"message","args":["<JSON string>"]}}, the argument
 * being the message serialised a second time (every known client JSON-parses it). The object form exists for
 * clients that only handle what the 2015 docs showed.
 */
final class MessageWriter {

    private final ObjectMapper json;
    private final boolean stringArgs;

    MessageWriter(ObjectMapper json, boolean stringArgs) {
        this.json = json;
        this.stringArgs = stringArgs;
    }

    String frame(ServerMessage message) {
        ObjectNode inner = json.createObjectNode();
        inner.put("method", message.method());
        inner.set("params", message.params());
        ObjectNode event = json.createObjectNode();
        event.put("name", "message");
        if (stringArgs) {
            event.putArray("args").add(write(inner));
        } else {
            event.putArray("args").add(inner);
        }
        return SocketIoPacket.event(write(event));
    }

    private String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + message(node), e);
        }
    }

    private static String message(Object node) {
        return Tokens.maskIn(String.valueOf(node));
    }
}
