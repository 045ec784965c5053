package io.github.camelchat.hitbox;

import org.apache.camel.spi.Metadata;

/** Headers of the {@code hitbox:} component. */
public final class HitboxConstants {

    // ---- consumer ----

    @Metadata(label = "consumer", description = "The message's method, e.g. `chatMsg`, `loginMsg`, `infoMsg`.",
            javaType = "String")
    public static final String METHOD = "CamelHitboxMethod";
    @Metadata(label = "consumer", description = "The channel (`params.channel`).", javaType = "String")
    public static final String CHANNEL = "CamelHitboxChannel";
    @Metadata(label = "consumer", description = "Who sent it: the chat name of `chatMsg`, `from` of `directMsg`, the"
            + " name of `loginMsg`/`userInfo`/`motdMsg`.", javaType = "String")
    public static final String SENDER_NAME = "CamelHitboxSenderName";
    @Metadata(label = "consumer", description = "The sender's role: `guest`, `anon`, `user` (moderator) or `admin`.",
            javaType = "String")
    public static final String ROLE = "CamelHitboxRole";
    @Metadata(label = "consumer", description = "The sender's flags that are set: `isFollower`, `isSubscriber`,"
            + " `isOwner`, `isStaff`, `isCommunity`.", javaType = "java.util.List<String>")
    public static final String FLAGS = "CamelHitboxFlags";
    @Metadata(label = "consumer", description = "The message text, where there is one.", javaType = "String")
    public static final String TEXT = "CamelHitboxText";
    @Metadata(label = "consumer", description = "When the message was sent, per the server.", javaType = "java.time.Instant")
    public static final String TIME = "CamelHitboxTime";
    @Metadata(label = "consumer", description = "`true` for backlog messages (sent right after login, before live"
            + " chat).", javaType = "Boolean")
    public static final String BACKLOG = "CamelHitboxBacklog";
    @Metadata(label = "consumer", description = "`true` on the last backlog message (`buffersent`).", javaType = "Boolean")
    public static final String BACKLOG_COMPLETE = "CamelHitboxBacklogComplete";

    // ---- producer ----

    @Metadata(label = "producer", description = "Overrides the `operation` option.", javaType = "String")
    public static final String OPERATION = "CamelHitboxOperation";
    @Metadata(label = "producer", description = "The recipient of a `directMsg`.", javaType = "String")
    public static final String RECIPIENT = "CamelHitboxRecipient";
    @Metadata(label = "producer", description = "The user a moderation request or `getChannelUser` is about.",
            javaType = "String")
    public static final String TARGET_USER = "CamelHitboxTargetUser";
    @Metadata(label = "producer", description = "`true` to send a `chatMsg` as an action (`/me`).", javaType = "Boolean")
    public static final String ME = "CamelHitboxMe";

    private HitboxConstants() {
    }
}
