package io.github.camelchat.capi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code type} of a {@link MessageEvent}, spelled on the wire exactly as the constant. */
public enum MessageType {
    Whisper,
    Channel,
    ServerInfo,
    ServerError,
    Emote,
    /** A type this version does not know. */
    Unknown;

    @JsonCreator
    public static MessageType fromWire(String value) {
        for (MessageType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return Unknown;
    }

    @JsonValue
    public String wireName() {
        return name();
    }
}
