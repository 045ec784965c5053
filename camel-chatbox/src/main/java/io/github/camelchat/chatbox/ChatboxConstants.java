package io.github.camelchat.chatbox;

import org.apache.camel.spi.Metadata;

/** Headers of the {@code chatbox:} component. Server data never lands in other {@code Camel*} headers. */
public final class ChatboxConstants {

    // ---- consumer ----

    @Metadata(label = "consumer", description = "The wire name of the packet: an event name such as `chat_ingame`,"
            + " `command`, `join`, or `hello`, `players`, `closing`.", javaType = "String")
    public static final String EVENT_TYPE = "CamelChatboxEventType";
    @Metadata(label = "consumer", description = "The name of the player (or Discord user) the event is about.",
            javaType = "String")
    public static final String SENDER_NAME = "CamelChatboxSenderName";
    @Metadata(label = "consumer", description = "The UUID of the in-game player the event is about (absent for"
            + " Discord users).", javaType = "String")
    public static final String SENDER_UUID = "CamelChatboxSenderUuid";
    @Metadata(label = "consumer", description = "The display name of the player or Discord user.", javaType = "String")
    public static final String SENDER_DISPLAY_NAME = "CamelChatboxSenderDisplayName";
    @Metadata(label = "consumer", description = "The message text without formatting codes (chat and death events).",
            javaType = "String")
    public static final String TEXT = "CamelChatboxText";
    @Metadata(label = "consumer", description = "The command name without its prefix (`command` events).",
            javaType = "String")
    public static final String COMMAND = "CamelChatboxCommand";
    @Metadata(label = "consumer", description = "The command arguments (`command` events).",
            javaType = "java.util.List<String>")
    public static final String COMMAND_ARGS = "CamelChatboxCommandArgs";
    @Metadata(label = "consumer", description = "Whether the command was owner-only (`^` or `|` prefix).",
            javaType = "Boolean")
    public static final String OWNER_ONLY = "CamelChatboxOwnerOnly";
    @Metadata(label = "consumer", description = "When the event happened according to the server.",
            javaType = "java.time.OffsetDateTime")
    public static final String TIME = "CamelChatboxTime";

    // ---- producer ----

    @Metadata(label = "producer", description = "Overrides the `operation` option for this message: `say` or `tell`.",
            javaType = "String")
    public static final String OPERATION = "CamelChatboxOperation";
    @Metadata(label = "producer", description = "Overrides the `user` option: the player name or UUID a tell goes to.",
            javaType = "String")
    public static final String USER = "CamelChatboxUser";
    @Metadata(label = "producer", description = "Overrides the chatbox name (the endpoint path) shown in chat.",
            javaType = "String")
    public static final String NAME = "CamelChatboxName";
    @Metadata(label = "producer", description = "Overrides the `mode` option: `markdown`, `format` or `minimessage`.",
            javaType = "String")
    public static final String MODE = "CamelChatboxMode";
    @Metadata(label = "producer", description = "Set after sending: the request id the message was sent with.",
            javaType = "Long")
    public static final String MESSAGE_ID = "CamelChatboxMessageId";
    @Metadata(label = "producer", description = "Set after sending: the server's confirmation, `message_sent` or"
            + " `message_queued`.", javaType = "String")
    public static final String CONFIRMATION = "CamelChatboxConfirmation";

    private ChatboxConstants() {
    }
}
