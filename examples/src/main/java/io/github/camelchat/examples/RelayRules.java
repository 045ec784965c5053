package io.github.camelchat.examples;

import io.github.camelchat.capi.CapiRoster;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.MessageType;
import io.github.camelchat.chatbox.model.ChatboxChatEvent;
import io.github.camelchat.chatbox.model.ChatboxEvent;
import io.github.camelchat.chatbox.model.DiscordChatEvent;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import io.github.camelchat.hitbox.model.ChatMsg;

/**
 * What gets relayed, in one place: public chat lines, never the bot's own lines, never text that already carries a
 * relay tag (so nothing goes round in circles, even between two relays), never commands meant for a bot.
 * Each method returns the line to relay, or null.
 */
public final class RelayRules {

    private RelayRules() {
    }

    /**
     * In-game and Discord chat on the Minecraft server, and other chatboxes' lines; not the echo of our own says,
     * which comes back as {@code chat_chatbox} under our chatbox name.
     */
    public static RelayedChat fromChatbox(ChatboxEvent event, String botName) {
        if (event instanceof IngameChatEvent chat) {
            return untagged(RelayedChat.said(Game.MINECRAFT, nameOf(event), chat.text()));
        } else if (event instanceof DiscordChatEvent chat) {
            return untagged(RelayedChat.said(Game.MINECRAFT, nameOf(event), chat.text()));
        } else if (event instanceof ChatboxChatEvent chat && !isOwnChatboxEcho(chat, botName)) {
            return untagged(RelayedChat.said(Game.MINECRAFT, chat.name(), chat.text()));
        }
        return null;
    }

    /** Channel lines and emotes of others; not the bot's own emotes (user 1), not whispers, not {@code !commands}. */
    public static RelayedChat fromCapi(MessageEvent message, String toonName) {
        if (message.userId() == CapiRoster.SELF || BotCommands.isCommand(message.message())) {
            return null;
        }
        if (message.type() == MessageType.Channel) {
            return untagged(RelayedChat.said(Game.BATTLE_NET, toonName, message.message()));
        } else if (message.type() == MessageType.Emote) {
            return untagged(RelayedChat.acted(Game.BATTLE_NET, toonName, message.message()));
        }
        return null;
    }

    /** Live chat lines of other users; not the backlog (already said before we came), not our echoes, not commands. */
    public static RelayedChat fromHitbox(ChatMsg message, String botName) {
        if (message.backlog() || isOwnHitboxEcho(message, botName) || BotCommands.isCommand(message.text())) {
            return null;
        }
        return untagged(message.meAction()
                ? RelayedChat.acted(Game.HITBOX, message.name(), message.text())
                : RelayedChat.said(Game.HITBOX, message.name(), message.text()));
    }

    public static boolean isOwnChatboxEcho(ChatboxChatEvent chat, String botName) {
        return botName.equalsIgnoreCase(chat.name());
    }

    public static boolean isOwnHitboxEcho(ChatMsg message, String botName) {
        // hitbox names are case-insensitive
        return botName.equalsIgnoreCase(message.name());
    }

    private static String nameOf(ChatboxEvent event) {
        return event.user() == null ? "?" : event.user().effectiveName();
    }

    private static RelayedChat untagged(RelayedChat chat) {
        return chat.text() == null || chat.text().isBlank() || Game.isTagged(chat.text()) ? null : chat;
    }
}
