package io.github.camelchat.capi.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tree-based decoder {@link CapiCodec} used before the streaming one, kept verbatim as the reference the
 * differential tests compare against. Reads and writes CAPI envelopes. Tolerant where the real server and the document disagree: {@code request_id} or
 * {@code requestId}, blanks in command names, a missing {@code payload} or {@code status}, {@code user_id} as number
 * or numeric string, and both user-update shapes. Thread-safe.
 */
final class LegacyCapiCodec {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Decodes one text frame. */
    public CapiFrame decode(String frame) {
        JsonNode root;
        try {
            root = mapper.readTree(frame);
        } catch (IOException e) {
            throw new CapiDecodeException("not valid JSON", frame, null);
        }
        if (root == null || !root.isObject()) {
            throw new CapiDecodeException("expected a JSON object", frame, null);
        }
        JsonNode command = root.get("command");
        if (command == null || !command.isTextual()) {
            throw new CapiDecodeException("missing 'command'", frame, null);
        }
        Long requestId = readId(root.has("request_id") ? root.get("request_id") : root.get("requestId"), frame);
        CapiStatus status = readStatus(root.get("status"), frame);
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = JsonNodeFactory.instance.objectNode();
        } else if (!payload.isObject()) {
            throw new CapiDecodeException("'payload' must be an object", frame, null);
        }
        return new CapiFrame(command.asText().replace(" ", ""), requestId, status, payload);
    }

    /** The event an {@code ...EventRequest} frame carries, or {@code null} if the command is not a known event. */
    public CapiEvent toEvent(CapiFrame frame, String text) {
        CapiEventType type = CapiEventType.ofCommand(frame.command());
        if (type == null) {
            return null;
        }
        JsonNode p = frame.payload();
        return switch (type) {
            case CONNECT -> new ConnectEvent(optText(p, "channel"));
            case DISCONNECT -> new DisconnectEvent();
            case MESSAGE -> new MessageEvent(userId(p, text), optText(p, "message"),
                    MessageType.fromWire(optText(p, "type")));
            case USER_UPDATE -> new UserUpdateEvent(userId(p, text), optText(p, "toon_name"), flags(p, text),
                    attributes(p, text));
            case USER_LEAVE -> new UserLeaveEvent(userId(p, text));
        };
    }

    /** Encodes a request; {@code payload} values are written as Jackson writes them. */
    public String encode(String command, long requestId, Map<String, ?> payload) {
        ObjectNode root = mapper.createObjectNode();
        root.put("command", command);
        root.put("request_id", requestId);
        root.set("payload", mapper.valueToTree(payload == null ? Map.of() : payload));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + command + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Long readId(JsonNode node, String frame) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                throw new CapiDecodeException("'request_id' is not a number", frame, null);
            }
        }
        throw new CapiDecodeException("'request_id' is not a number", frame, null);
    }

    private static CapiStatus readStatus(JsonNode node, String frame) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject() || !node.path("area").canConvertToInt() || !node.path("code").canConvertToInt()) {
            throw new CapiDecodeException("'status' must be {area, code}", frame, null);
        }
        return new CapiStatus(node.path("area").asInt(), node.path("code").asInt());
    }

    private static long userId(JsonNode payload, String frame) {
        JsonNode id = payload.get("user_id");
        if (id != null && id.isIntegralNumber()) {
            return id.asLong();
        }
        if (id != null && id.isTextual()) {
            try {
                return Long.parseLong(id.asText().trim());
            } catch (NumberFormatException e) {
                throw new CapiDecodeException("'user_id' is not a number", frame, null);
            }
        }
        throw new CapiDecodeException("missing or invalid 'user_id'", frame, null);
    }

    private static String optText(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> flags(JsonNode payload, String frame) {
        JsonNode node = payload.has("flag") ? payload.get("flag") : payload.get("flags");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new CapiDecodeException("'flag' must be a list", frame, null);
        }
        List<String> flags = new ArrayList<>(node.size());
        node.forEach(f -> flags.add(f.asText()));
        return flags;
    }

    private static Map<String, String> attributes(JsonNode payload, String frame) {
        JsonNode node = payload.has("attribute") ? payload.get("attribute") : payload.get("attributes");
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node.isArray()) {
            // the real server: [{"key": "ProgramId", "value": "W3XP"}, ...]
            for (JsonNode pair : node) {
                if (!pair.isObject() || !pair.has("key")) {
                    throw new CapiDecodeException("'attribute' entries must be {key, value}", frame, null);
                }
                attributes.put(pair.get("key").asText(), pair.path("value").asText(null));
            }
        } else if (node.isObject()) {
            // the document: {"ProgramId": "W3XP", ...}
            node.fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText(null)));
        } else {
            throw new CapiDecodeException("'attribute' must be a list or an object", frame, null);
        }
        return attributes;
    }
}
