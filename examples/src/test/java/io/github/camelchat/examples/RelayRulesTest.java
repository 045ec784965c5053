package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.MessageType;
import io.github.camelchat.chatbox.model.ChatboxChatEvent;
import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.DeathEvent;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import io.github.camelchat.hitbox.model.ChatMsg;
import org.junit.jupiter.api.Test;

/** What the relay takes from each game, loop prevention included, without any server. */
class RelayRulesTest {

    private static final ChatboxUser STEVE = ChatboxUser.ingame("Steve", "8667ba71-b85a-4004-af54-457a9734eed7");

    @Test
    void minecraftChatIsRelayedButNotTheBotsOwnEchoNorTaggedTextNorDeaths() {
        assertThat(RelayRules.fromChatbox(ingame("hi"), "RelayBot"))
                .isEqualTo(RelayedChat.said(Game.MINECRAFT, "Steve", "hi"));
        assertThat(RelayRules.fromChatbox(ingame("[HB] ninja_cat: hi"), "RelayBot")).isNull();
        assertThat(RelayRules.fromChatbox(chatbox("RelayBot", "plain words"), "RelayBot")).isNull();
        assertThat(RelayRules.fromChatbox(chatbox("relaybot", "plain words"), "RelayBot")).isNull();
        assertThat(RelayRules.fromChatbox(chatbox("OtherBot", "beep"), "RelayBot"))
                .isEqualTo(RelayedChat.said(Game.MINECRAFT, "OtherBot", "beep"));
        assertThat(RelayRules.fromChatbox(new DeathEvent("Steve fell", "Steve fell", null, STEVE, null,
                OffsetDateTime.now()), "RelayBot")).isNull();
    }

    @Test
    void battleNetChannelLinesAndEmotesAreRelayedButNotTheBotNorWhispersNorCommands() {
        assertThat(RelayRules.fromCapi(new MessageEvent(2, "hi", MessageType.Channel), "Raynor"))
                .isEqualTo(RelayedChat.said(Game.BATTLE_NET, "Raynor", "hi"));
        assertThat(RelayRules.fromCapi(new MessageEvent(2, "waves", MessageType.Emote), "Raynor"))
                .isEqualTo(RelayedChat.acted(Game.BATTLE_NET, "Raynor", "waves"));
        assertThat(RelayRules.fromCapi(new MessageEvent(1, "waves", MessageType.Emote), "[B]relaybot")).isNull();
        assertThat(RelayRules.fromCapi(new MessageEvent(2, "psst", MessageType.Whisper), "Raynor")).isNull();
        assertThat(RelayRules.fromCapi(new MessageEvent(2, "!ping", MessageType.Channel), "Raynor")).isNull();
        assertThat(RelayRules.fromCapi(new MessageEvent(2, "[MC] Steve: hi", MessageType.Channel), "Raynor")).isNull();
        assertThat(RelayRules.fromCapi(new MessageEvent(0, "Welcome", MessageType.ServerInfo), null)).isNull();
    }

    @Test
    void hitboxLiveChatIsRelayedButNotTheBacklogNorTheBotsEchoNorCommands() {
        assertThat(RelayRules.fromHitbox(chat("ninja_cat", "hi", null, null), "RelayBot"))
                .isEqualTo(RelayedChat.said(Game.HITBOX, "ninja_cat", "hi"));
        assertThat(RelayRules.fromHitbox(chat("ninja_cat", "dances", null, "me"), "RelayBot"))
                .isEqualTo(RelayedChat.acted(Game.HITBOX, "ninja_cat", "dances"));
        assertThat(RelayRules.fromHitbox(chat("ninja_cat", "first!", true, null), "RelayBot")).isNull();
        assertThat(RelayRules.fromHitbox(chat("relaybot", "plain words", null, null), "RelayBot")).isNull();
        assertThat(RelayRules.fromHitbox(chat("ninja_cat", "!ping", null, null), "RelayBot")).isNull();
        assertThat(RelayRules.fromHitbox(chat("ninja_cat", "[BN] Raynor: hi", null, null), "RelayBot")).isNull();
    }

    @Test
    void relayedLinesCarryTheirOriginsTag() {
        assertThat(RelayedChat.said(Game.MINECRAFT, "Steve", "hi").line()).isEqualTo("[MC] Steve: hi");
        assertThat(RelayedChat.acted(Game.HITBOX, "ninja_cat", "dances").line()).isEqualTo("[HB] * ninja_cat dances");
        assertThat(Game.isTagged("[BN] Raynor: hi")).isTrue();
        assertThat(Game.isTagged("[BN]Raynor")).isFalse();
        assertThat(Game.isTagged("hi [MC] ")).isFalse();
    }

    private static IngameChatEvent ingame(String text) {
        return new IngameChatEvent(text, text, null, STEVE, OffsetDateTime.now());
    }

    private static ChatboxChatEvent chatbox(String name, String text) {
        return new ChatboxChatEvent(text, text, null, STEVE, name, name, OffsetDateTime.now());
    }

    private static ChatMsg chat(String name, String text, Boolean backlog, String type) {
        return new ChatMsg("camelchat", name, "53BE34", text, Instant.now(), "anon", null, null, null, null, null,
                null, null, backlog, null, type, null);
    }
}
