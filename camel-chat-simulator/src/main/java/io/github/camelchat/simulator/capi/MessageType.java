package io.github.camelchat.simulator.capi;

/** The {@code type} of a {@code MessageEventRequest}. */
public enum MessageType {
    WHISPER("Whisper"),
    CHANNEL("Channel"),
    SERVER_INFO("ServerInfo"),
    SERVER_ERROR("ServerError"),
    EMOTE("Emote");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    /** The exact spelling on the wire. */
    public String wireName() {
        return wireName;
    }
}
