package io.github.camelchat.simulator.chatbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serialises packets byte-compatibly with RCC's {@code new Gson()}: own fields first, then the inherited
 * {@code event}, {@code id}, {@code ok}, {@code type} (Gson walks subclass before superclass), nulls left out,
 * HTML-safe escapes.
 */
final class PacketWriter {

    private final ObjectMapper mapper;

    PacketWriter() {
        JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new GsonEscapes()).build();
        this.mapper = JsonMapper.builder(factory)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    String write(ServerPacket packet) {
        ObjectNode node = mapper.valueToTree(packet);
        // remove-then-put moves a key to the end, whatever the record declared
        node.remove("event");
        node.remove("id");
        node.remove("ok");
        node.remove("type");
        if (packet instanceof EventPacket event) {
            node.put("event", event.event());
        }
        node.put("id", packet.id());
        node.put("ok", packet.ok());
        node.put("type", packet.type());
        return toJson(node);
    }

    /** SwitchCraft's {@code closing} packet, in the shape its docs list (RCC has none). */
    String writeClosing(CloseReason reason) {
        ObjectNode node = mapper.createObjectNode();
        node.put("ok", false);
        node.put("type", "closing");
        node.put("closeReason", reason.wireName());
        node.put("reason", reason.message());
        return toJson(node);
    }

    private String toJson(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + node, e);
        }
    }
}
