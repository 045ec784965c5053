package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A packet whose {@code type} this version does not know. Serialises as its raw JSON.
 *
 * @param type the wire type
 * @param raw  the whole packet as received
 */
public record UnknownPacket(String type, JsonNode raw) implements ChatboxPacket {

    /** Makes an unknown packet from its raw JSON, taking {@code type} from it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnknownPacket of(JsonNode raw) {
        JsonNode type = raw == null ? null : raw.get("type");
        return new UnknownPacket(type != null && type.isTextual() ? type.textValue() : null, raw);
    }

    @JsonValue
    @Override
    public JsonNode raw() {
        return raw;
    }
}
