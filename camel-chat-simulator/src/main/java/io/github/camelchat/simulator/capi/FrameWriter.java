package io.github.camelchat.simulator.capi;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds server frames: {@code command}, {@code request_id}, {@code status} (responses only, and on success only
 * with {@link CapiSimulatorOptions#sendSuccessStatus()}), {@code payload}, in that order. {@code user_id} is always
 * a JSON integer.
 */
final class FrameWriter {

    private final ObjectMapper mapper = new ObjectMapper();
    private final UpdateShape shape;
    private final boolean sendSuccessStatus;

    FrameWriter(UpdateShape shape, boolean sendSuccessStatus) {
        this.shape = shape;
        this.sendSuccessStatus = sendSuccessStatus;
    }

    /** A response with an empty payload; {@code requestId} is echoed exactly as the client wrote it. */
    String response(String command, JsonNode requestId, Status status) {
        ObjectNode node = mapper.createObjectNode();
        node.put("command", command);
        node.set("request_id", requestId);
        if (!status.success() || sendSuccessStatus) {
            ObjectNode s = node.putObject("status");
            s.put("area", status.area());
            s.put("code", status.code());
        }
        node.putObject("payload");
        return write(node);
    }

    String event(String command, long requestId, ObjectNode payload) {
        ObjectNode node = mapper.createObjectNode();
        node.put("command", command);
        node.put("request_id", requestId);
        node.set("payload", payload);
        return write(node);
    }

    ObjectNode empty() {
        return mapper.createObjectNode();
    }

    ObjectNode connectEvent(String channel) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("channel", channel);
        return payload;
    }

    ObjectNode message(int userId, String message, MessageType type) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("user_id", userId);
        payload.put("message", message);
        payload.put("type", type.wireName());
        return payload;
    }

    ObjectNode userLeave(int userId) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("user_id", userId);
        return payload;
    }

    /**
     * A user update; a null name, flag set or attribute map is left out (a join has no flags, a flag change only
     * flags).
     */
    ObjectNode userUpdate(int userId, String toonName, Set<UserFlag> flags, Map<String, String> attributes) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("user_id", userId);
        if (toonName != null) {
            payload.put("toon_name", toonName);
        }
        if (flags != null) {
            ArrayNode list = payload.putArray(shape == UpdateShape.WIRE ? "flag" : "flags");
            for (UserFlag flag : UserFlag.values()) {
                if (flags.contains(flag)) {
                    list.add(flag.wireName());
                }
            }
        }
        if (attributes != null) {
            if (shape == UpdateShape.WIRE) {
                ArrayNode list = payload.putArray("attribute");
                // ChannelUser keeps ProgramId first: bnetsox and the webclient read attribute[0].value.
                attributes.forEach((k, v) -> list.addObject().put("key", k).put("value", v));
            } else {
                ObjectNode object = payload.putObject("attributes");
                attributes.forEach(object::put);
            }
        }
        return payload;
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a frame", e);
        }
    }
}
