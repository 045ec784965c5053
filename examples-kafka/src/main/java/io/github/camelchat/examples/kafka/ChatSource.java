package io.github.camelchat.examples.kafka;

import java.util.Locale;

import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.hitbox.HitboxConstants;

/**
 * The three chat components, with the consumer headers the relay reads to describe an event the same way for all of
 * them, and what "channel" means for each.
 */
public enum ChatSource {

    /** Channel: the chatbox name of the relay's license (one Minecraft server's chat per license). */
    CHATBOX(ChatboxConstants.EVENT_TYPE, ChatboxConstants.SENDER_NAME, ChatboxConstants.TEXT, ChatboxConstants.TIME,
            null),
    /** Channel: the Battle.net channel the bot is in ({@code CamelCapiChannel}). */
    CAPI(CapiConstants.EVENT_TYPE, CapiConstants.TOON_NAME, CapiConstants.MESSAGE, null, CapiConstants.CHANNEL),
    /** Channel: the hitbox channel ({@code CamelHitboxChannel}); one socket per channel. */
    HITBOX(HitboxConstants.METHOD, HitboxConstants.SENDER_NAME, HitboxConstants.TEXT, HitboxConstants.TIME,
            HitboxConstants.CHANNEL);

    private final String typeHeader;
    private final String userHeader;
    private final String textHeader;
    private final String timeHeader;
    private final String channelHeader;

    ChatSource(String typeHeader, String userHeader, String textHeader, String timeHeader, String channelHeader) {
        this.typeHeader = typeHeader;
        this.userHeader = userHeader;
        this.textHeader = textHeader;
        this.timeHeader = timeHeader;
        this.channelHeader = channelHeader;
    }

    /** The URI scheme and the value of {@code source} / {@code target}: {@code chatbox}, {@code capi}, {@code hitbox}. */
    public String scheme() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named by a record's {@code target}, case-insensitively; null when there is none of that name. */
    public static ChatSource fromScheme(String value) {
        if (value == null) {
            return null;
        }
        for (ChatSource source : values()) {
            if (source.scheme().equalsIgnoreCase(value.trim())) {
                return source;
            }
        }
        return null;
    }

    String typeHeader() {
        return typeHeader;
    }

    String userHeader() {
        return userHeader;
    }

    String textHeader() {
        return textHeader;
    }

    /** Null when the component sets no time header. */
    String timeHeader() {
        return timeHeader;
    }

    /** Null when the channel is fixed by configuration (chatbox). */
    String channelHeader() {
        return channelHeader;
    }
}
