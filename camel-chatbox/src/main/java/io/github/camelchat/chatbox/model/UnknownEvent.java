package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * An event whose name this version does not know (or that has no {@code event} field). Serialises as its raw JSON.
 *
 * @param event the wire event name, or {@code null} if the packet had none
 * @param raw   the whole packet as received
 */
public record UnknownEvent(String event, JsonNode raw) implements ChatboxEvent {

    /** Makes an unknown event from its raw JSON, taking {@code event} from it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnknownEvent of(JsonNode raw) {
        JsonNode event = raw == null ? null : raw.get("event");
        return new UnknownEvent(event != null && event.isTextual() ? event.textValue() : null, raw);
    }

    @JsonValue
    @Override
    public JsonNode raw() {
        return raw;
    }

    /** The {@code time} field of the raw packet, or {@code null} if it is absent or not a date-time. */
    @Override
    public OffsetDateTime time() {
        JsonNode time = raw == null ? null : raw.get("time");
        if (time == null || !time.isTextual()) {
            return null;
        }
        try {
            return ChatboxTimes.parse(time.textValue());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Always {@code null}: the shape of an unknown event's user is not known (look in {@link #raw()}). */
    @Override
    public ChatboxUser user() {
        return null;
    }
}
