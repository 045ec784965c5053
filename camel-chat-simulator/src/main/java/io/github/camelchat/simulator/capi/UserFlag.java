package io.github.camelchat.simulator.capi;

/** The user flags of a {@code UserUpdateEventRequest}, in the order the simulator writes them. */
public enum UserFlag {
    ADMIN("Admin"),
    MODERATOR("Moderator"),
    SPEAKER("Speaker"),
    MUTE_GLOBAL("MuteGlobal"),
    MUTE_WHISPER("MuteWhisper");

    private final String wireName;

    UserFlag(String wireName) {
        this.wireName = wireName;
    }

    /** The exact spelling on the wire. */
    public String wireName() {
        return wireName;
    }
}
