package io.github.camelchat.hitbox;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a producer message asks of the chat server. */
public enum HitboxOperation {
    chatMsg,
    directMsg,
    getChannelUserList,
    getChannelUser,
    mediaLog,
    kickUser,
    banUser,
    unbanUser,
    makeMod,
    removeMod,
    slowMode,
    motdMsg,
    partChannel;

    /** Whether the body is the text sent. */
    boolean carriesText() {
        return this == chatMsg || this == directMsg || this == motdMsg;
    }

    /** Whether the request is about another user. */
    boolean needsTarget() {
        return this == getChannelUser || this == kickUser || this == banUser || this == unbanUser || this == makeMod
                || this == removeMod;
    }

    static HitboxOperation parse(String source, String value) {
        for (HitboxOperation op : values()) {
            if (op.name().equalsIgnoreCase(value.trim())) {
                return op;
            }
        }
        throw new IllegalArgumentException("Invalid " + source + " '" + value + "': expected one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
