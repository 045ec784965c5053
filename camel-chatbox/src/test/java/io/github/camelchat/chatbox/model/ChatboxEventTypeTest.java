package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatboxEventTypeTest {

    @Test
    void wireNames() {
        assertThat(ChatboxEventType.values()).extracting(ChatboxEventType::wireName).containsExactly(
                "chat_ingame", "chat_discord", "chat_chatbox", "command", "join", "leave", "death", "world_change",
                "afk", "afk_return", "server_restart_scheduled", "server_restart_cancelled",
                "hello", "players", "closing");
        for (ChatboxEventType type : ChatboxEventType.values()) {
            assertThat(ChatboxEventType.fromWire(type.wireName())).isEqualTo(type);
            assertThat(ChatboxEventType.fromWire(type.name())).isEqualTo(type);
        }
        assertThat(ChatboxEventType.JOIN.isEvent()).isTrue();
        assertThat(ChatboxEventType.HELLO.isEvent()).isFalse();
    }

    @Test
    void unknownNameIsRejectedWithTheValidOnes() {
        assertThatThrownBy(() -> ChatboxEventType.fromWire("chat"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'chat'")
                .hasMessageContaining("chat_ingame");
        assertThatThrownBy(() -> ChatboxEventType.fromWire("success")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatboxEventType.fromWire(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseList() {
        assertThat(ChatboxEventType.parseList(" chat_ingame, chat_discord ,,JOIN"))
                .isEqualTo(EnumSet.of(ChatboxEventType.CHAT_INGAME, ChatboxEventType.CHAT_DISCORD,
                        ChatboxEventType.JOIN));
        assertThat(ChatboxEventType.parseList(null)).isEmpty();
        assertThat(ChatboxEventType.parseList(" ")).isEmpty();
        assertThatThrownBy(() -> ChatboxEventType.parseList("join,nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofPacket() {
        ChatboxCodec codec = new ChatboxCodec();
        assertThat(ChatboxEventType.of(codec.decode(Frames.load("hello.json")))).isEqualTo(ChatboxEventType.HELLO);
        assertThat(ChatboxEventType.of(codec.decode(Frames.load("players.json"))))
                .isEqualTo(ChatboxEventType.PLAYERS);
        assertThat(ChatboxEventType.of(codec.decode(Frames.load("closing.json"))))
                .isEqualTo(ChatboxEventType.CLOSING);
        assertThat(ChatboxEventType.of(codec.decode(Frames.load("ping.json")))).isNull();
        assertThat(ChatboxEventType.of(codec.decode(Frames.load("success.json")))).isNull();
        assertThat(ChatboxEventType.of(codec.decode(Frames.load("error.json")))).isNull();
        assertThat(ChatboxEventType.of(null)).isNull();
        assertThat(ChatboxEventType.of(new UnknownPacket("hello", JsonNodeFactory.instance.objectNode())))
                .isNull();
        String[][] events = {
            {"event-chat_ingame.json", "CHAT_INGAME"}, {"event-chat_discord.json", "CHAT_DISCORD"},
            {"event-chat_chatbox.json", "CHAT_CHATBOX"}, {"event-command.json", "COMMAND"},
            {"event-join.json", "JOIN"}, {"event-leave.json", "LEAVE"}, {"event-death.json", "DEATH"},
            {"event-world_change.json", "WORLD_CHANGE"}, {"event-afk.json", "AFK"},
            {"event-afk_return.json", "AFK_RETURN"},
            {"event-server_restart_scheduled.json", "SERVER_RESTART_SCHEDULED"},
            {"event-server_restart_cancelled.json", "SERVER_RESTART_CANCELLED"},
        };
        for (String[] e : events) {
            ChatboxPacket packet = codec.decode(Frames.load(e[0]));
            assertThat(ChatboxEventType.of(packet)).as(e[0]).isEqualTo(ChatboxEventType.valueOf(e[1]));
            assertThat(((ChatboxEvent) packet).event()).isEqualTo(ChatboxEventType.valueOf(e[1]).wireName());
        }
    }
}
