package io.github.camelchat.capi;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a producer message asks the server to do, with its CAPI request name. */
public enum CapiOperation {
    sendMessage("Botapichat.SendMessageRequest", false),
    sendWhisper("Botapichat.SendWhisperRequest", true),
    sendEmote("Botapichat.SendEmoteRequest", false),
    banUser("Botapichat.BanUserRequest", true),
    unbanUser("Botapichat.UnbanUserRequest", true),
    kickUser("Botapichat.KickUserRequest", true),
    setModerator("Botapichat.SendSetModeratorRequest", true),
    disconnect("Botapichat.DisconnectRequest", false);

    private final String command;
    private final boolean needsTarget;

    CapiOperation(String command, boolean needsTarget) {
        this.command = command;
        this.needsTarget = needsTarget;
    }

    public String command() {
        return command;
    }

    /** The response command that answers this request. */
    public String responseCommand() {
        return command.substring(0, command.length() - "Request".length()) + "Response";
    }

    public boolean needsTarget() {
        return needsTarget;
    }

    /** Whether the body text is the message sent. */
    public boolean carriesText() {
        return this == sendMessage || this == sendWhisper || this == sendEmote;
    }

    static CapiOperation parse(String source, String value) {
        for (CapiOperation op : values()) {
            if (op.name().equalsIgnoreCase(value.trim())) {
                return op;
            }
        }
        throw new IllegalArgumentException("Invalid " + source + " '" + value + "': expected one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
