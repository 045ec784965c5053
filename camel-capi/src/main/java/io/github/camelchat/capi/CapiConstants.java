package io.github.camelchat.capi;

import org.apache.camel.spi.Metadata;

/** Headers of the {@code capi:} component. */
public final class CapiConstants {

    // ---- consumer ----

    @Metadata(label = "consumer", description = "The event: `connect`, `disconnect`, `message`, `userUpdate` or"
            + " `userLeave`.", javaType = "String")
    public static final String EVENT_TYPE = "CamelCapiEventType";
    @Metadata(label = "consumer", description = "The session-scoped id of the user the event is about (the bot is 1).",
            javaType = "Long")
    public static final String USER_ID = "CamelCapiUserId";
    @Metadata(label = "consumer", description = "The user's toon name, from the event or, for messages and leaves,"
            + " from the channel roster (the wire sends only the id).", javaType = "String")
    public static final String TOON_NAME = "CamelCapiToonName";
    @Metadata(label = "consumer", description = "The user's flags from the roster (`Admin`, `Moderator`, `Speaker`,"
            + " `MuteGlobal`, `MuteWhisper`).", javaType = "java.util.List<String>")
    public static final String FLAGS = "CamelCapiFlags";
    @Metadata(label = "consumer", description = "The message type: `Whisper`, `Channel`, `ServerInfo`, `ServerError`"
            + " or `Emote`.", javaType = "String")
    public static final String MESSAGE_TYPE = "CamelCapiMessageType";
    @Metadata(label = "consumer", description = "The message text (`message` events).", javaType = "String")
    public static final String MESSAGE = "CamelCapiMessage";
    @Metadata(label = "consumer", description = "The channel the bot is in.", javaType = "String")
    public static final String CHANNEL = "CamelCapiChannel";
    @Metadata(label = "consumer", description = "`true` on the user updates of the member listing the server sends"
            + " right after connecting, from the bot's own first update to its closing one (not real joins).", javaType = "Boolean")
    public static final String INITIAL_ROSTER = "CamelCapiInitialRoster";

    // ---- producer ----

    @Metadata(label = "producer", description = "Overrides the `operation` option: `sendMessage`, `sendWhisper`,"
            + " `sendEmote`, `banUser`, `unbanUser`, `kickUser`, `setModerator` or `disconnect`.", javaType = "String")
    public static final String OPERATION = "CamelCapiOperation";
    @Metadata(label = "producer", description = "The target user's id for whisper, ban, kick and setModerator.",
            javaType = "Long")
    public static final String TARGET_USER_ID = "CamelCapiTargetUserId";
    @Metadata(label = "producer", description = "The target user's toon name (resolved through the channel roster"
            + " for whisper, ban, kick and setModerator; sent as is for unban). Overrides the `user` option.",
            javaType = "String")
    public static final String TARGET_TOON_NAME = "CamelCapiTargetToonName";
    @Metadata(label = "producer", description = "Set after sending: the `request_id` the request was sent with.",
            javaType = "Long")
    public static final String REQUEST_ID = "CamelCapiRequestId";

    private CapiConstants() {
    }
}
