package io.github.camelchat.simulator.chatbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The event packets. Component order = the field order of RCC's event classes (see {@link ServerPacket}). */
final class Events {

    private Events() {
    }

    record ChatIngame(String text, String rawText, JsonNode renderedText, WireUsers.User user, String time)
            implements EventPacket {
        @Override
        public String event() {
            return "chat_ingame";
        }
    }

    record ChatDiscord(String text, String rawText, JsonNode renderedText, String discordId,
                       WireUsers.DiscordUserObject discordUser, boolean edited, String time) implements EventPacket {
        @Override
        public String event() {
            return "chat_discord";
        }
    }

    record ChatChatbox(String text, String rawText, JsonNode renderedText, WireUsers.User user, String name,
                       String rawName, String time) implements EventPacket {
        @Override
        public String event() {
            return "chat_chatbox";
        }
    }

    record Command(WireUsers.User user, String command, List<String> args, boolean ownerOnly, String time)
            implements EventPacket {
        @Override
        public String event() {
            return "command";
        }
    }

    record Join(WireUsers.User user, String time) implements EventPacket {
        @Override
        public String event() {
            return "join";
        }
    }

    record Leave(WireUsers.User user, String time) implements EventPacket {
        @Override
        public String event() {
            return "leave";
        }
    }

    record Death(String text, String rawText, JsonNode renderedText, WireUsers.User user, WireUsers.User source,
                 String time) implements EventPacket {
        @Override
        public String event() {
            return "death";
        }
    }

    record WorldChange(WireUsers.User user, String origin, String destination, String time) implements EventPacket {
        @Override
        public String event() {
            return "world_change";
        }
    }

    /** Both AFK events share this shape; {@code event} is a component because RCC's bug reuses "afk" for returns. */
    record Afk(String event, WireUsers.User user, String time) implements EventPacket {
    }

    record RestartScheduled(String restartType, int restartSeconds, String restartAt, String time)
            implements EventPacket {
        @Override
        public String event() {
            return "server_restart_scheduled";
        }
    }

    record RestartCancelled(String restartType, String time) implements EventPacket {
        @Override
        public String event() {
            return "server_restart_cancelled";
        }
    }
}
