package io.github.camelchat.simulator.hitbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A {@code {method,params}} request from a client. It arrives as the event {@code message} whose first argument is an
 * object (what clients send) or a JSON string (what the server itself sends, which some clients copy), or as a
 * Socket.IO 0.9 message (3) or JSON (4) packet, which the 0.9 server also hands to {@code on('message')}.
 *
 * @param params never null; a missing params object reads as an empty one
 */
record ClientMessage(String method, JsonNode params) {

    /** The request in the packet, or null when it carries none. */
    static ClientMessage from(SocketIoPacket packet, ObjectMapper json) {
        JsonNode body = switch (packet.type()) {
            case SocketIoPacket.EVENT -> firstMessageArgument(read(packet.data(), json));
            case SocketIoPacket.MESSAGE, SocketIoPacket.JSON -> read(packet.data(), json);
            default -> null;
        };
        if (body != null && body.isTextual()) {
            body = read(body.asText(), json);
        }
        if (body == null || !body.isObject() || !body.path("method").isTextual()) {
            return null;
        }
        JsonNode params = body.get("params");
        return new ClientMessage(body.get("method").asText(), params == null || !params.isObject()
                ? json.createObjectNode() : params);
    }

    /** The request as recorded: the inner JSON object for events, else null (the raw frame is recorded). */
    static String innerJson(SocketIoPacket packet, ObjectMapper json) {
        if (packet == null || packet.type() != SocketIoPacket.EVENT) {
            return null;
        }
        JsonNode arg = firstMessageArgument(read(packet.data(), json));
        if (arg == null) {
            return null;
        }
        return arg.isTextual() ? arg.asText() : arg.toString();
    }

    private static JsonNode firstMessageArgument(JsonNode event) {
        if (event == null || !"message".equals(event.path("name").asText())) {
            return null;
        }
        JsonNode args = event.path("args");
        return args.isArray() && args.size() > 0 ? args.get(0) : null;
    }

    private static JsonNode read(String text, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(text);
            return node instanceof NullNode ? null : node;
        } catch (Exception e) {
            return null;
        }
    }

    String text(String field) {
        JsonNode value = params.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    String channel() {
        String channel = text("channel");
        return channel == null ? null : Channels.normalise(channel);
    }

    /** A flag that clients send as a boolean or as the string "true". */
    boolean flag(String field) {
        JsonNode value = params.get(field);
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }

    /** A number that clients send as a number or as a numeric string ({@code "time":"10"}); the default otherwise. */
    long number(String field, long otherwise) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (value.isNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
