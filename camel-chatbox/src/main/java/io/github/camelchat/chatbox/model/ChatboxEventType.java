package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of packet a consumer can subscribe to: the twelve events by their wire names, plus the {@code hello},
 * {@code players} and {@code closing} packets.
 */
public enum ChatboxEventType {

    CHAT_INGAME(IngameChatEvent.EVENT, true),
    CHAT_DISCORD(DiscordChatEvent.EVENT, true),
    CHAT_CHATBOX(ChatboxChatEvent.EVENT, true),
    COMMAND(CommandEvent.EVENT, true),
    JOIN(JoinEvent.EVENT, true),
    LEAVE(LeaveEvent.EVENT, true),
    DEATH(DeathEvent.EVENT, true),
    WORLD_CHANGE(WorldChangeEvent.EVENT, true),
    AFK(AfkEvent.EVENT, true),
    AFK_RETURN(AfkReturnEvent.EVENT, true),
    SERVER_RESTART_SCHEDULED(ServerRestartScheduledEvent.EVENT, true),
    SERVER_RESTART_CANCELLED(ServerRestartCancelledEvent.EVENT, true),
    HELLO(HelloPacket.TYPE, false),
    PLAYERS(PlayersPacket.TYPE, false),
    CLOSING(ClosingPacket.TYPE, false);

    private static final Map<String, ChatboxEventType> BY_WIRE = new HashMap<>();

    static {
        for (ChatboxEventType type : values()) {
            BY_WIRE.put(type.wireName, type);
        }
    }

    private final String wireName;
    private final boolean event;

    ChatboxEventType(String wireName, boolean event) {
        this.wireName = wireName;
        this.event = event;
    }

    /** The name on the wire: the {@code event} of an event packet, or the {@code type} of another packet. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether this is an {@code event} packet (as opposed to {@code hello}, {@code players}, {@code closing}). */
    public boolean isEvent() {
        return event;
    }

    /**
     * The type with this wire name; case and surrounding blanks are ignored, so {@code CHAT_INGAME} also works.
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
     */
    @JsonCreator
    public static ChatboxEventType fromWire(String name) {
        ChatboxEventType type = name == null ? null : BY_WIRE.get(name.trim().toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IllegalArgumentException("Unknown chatbox event type '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(ChatboxEventType::wireName).collect(Collectors.joining(", ")));
        }
        return type;
    }

    /**
     * Parses a comma-separated list of wire names, e.g. {@code "chat_ingame, chat_discord,join"}; blank entries are
     * skipped and a {@code null} or blank list gives an empty set.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Set<ChatboxEventType> parseList(String names) {
        EnumSet<ChatboxEventType> set = EnumSet.noneOf(ChatboxEventType.class);
        if (names != null) {
            for (String name : names.split(",")) {
                if (!name.isBlank()) {
                    set.add(fromWire(name));
                }
            }
        }
        return set;
    }

    /**
     * The type of a decoded packet, or {@code null} for packets one cannot subscribe to ({@code success},
     * {@code error}, {@code ping}, unknown packets and unknown events).
     */
    public static ChatboxEventType of(ChatboxPacket packet) {
        if (packet instanceof UnknownEvent || packet instanceof UnknownPacket || packet == null) {
            return null;
        }
        if (packet instanceof ChatboxEvent) {
            return BY_WIRE.get(((ChatboxEvent) packet).event());
        }
        ChatboxEventType type = BY_WIRE.get(packet.type());
        return type == null || type.event ? null : type;
    }
}
