package io.github.camelchat.simulator.chatbox;

import com.google.gson.JsonElement;

/**
 * Copies of the field layout of RCC's packet classes (rcc-chatbox {@code packets/} and {@code models/}), so that the
 * tests can ask the real Gson what RCC would put on the wire.
 */
@SuppressWarnings("unused")
final class RccReplicas {

    private RccReplicas() {
    }

    static class PacketBase {
        public int id = -1;
        public boolean ok = true;
        public String type;
    }

    static class ErrorPacket extends PacketBase {
        public final String error;
        public final String message;

        ErrorPacket(String error, String message, Integer id) {
            this.type = "error";
            this.ok = false;
            this.error = error;
            this.message = message;
            if (id != null) {
                this.id = id;
            }
        }
    }

    static class SuccessPacket extends PacketBase {
        public String reason;

        SuccessPacket(String reason, int id) {
            this.type = "success";
            this.reason = reason;
            this.id = id;
        }
    }

    static class HelloPacket extends PacketBase {
        public boolean guest;
        public String licenseOwner;
        public User licenseOwnerUser;
        public String[] capabilities;

        HelloPacket() {
            this.type = "hello";
        }
    }

    static class PingPacket extends PacketBase {
        PingPacket() {
            this.type = "ping";
        }
    }

    static class EventBase extends PacketBase {
        public String event;

        EventBase() {
            this.type = "event";
        }
    }

    static class ChatboxChatEvent extends EventBase {
        public String text;
        public String rawText;
        public JsonElement renderedText;
        public User user;
        public String name;
        public String rawName;
        public String time;

        ChatboxChatEvent() {
            this.event = "chat_chatbox";
        }
    }

    static class DeathEvent extends EventBase {
        public String text;
        public String rawText;
        public JsonElement renderedText;
        public User user;
        public User source;
        public String time;

        DeathEvent() {
            this.event = "death";
        }
    }

    static class DiscordChatEvent extends EventBase {
        public String text;
        public String rawText;
        public JsonElement renderedText;
        public String discordId;
        public DiscordUser discordUser;
        public boolean edited;
        public String time;

        DiscordChatEvent() {
            this.event = "chat_discord";
        }
    }

    static class User {
        public String type = "ingame";
        public String name;
        public String uuid;
        public String displayName;
        public String group;
        public String pronouns;
        public String world;
        public boolean afk;
        public boolean alt;
        public boolean bot;
        public int supporter;
        public DiscordUser linkedUser;
    }

    static class DiscordRole {
        public String id;
        public String name;
        public int colour;
    }

    static class DiscordUser {
        public String type = "discord";
        public String id;
        public String name;
        public String displayName;
        public String discriminator;
        public String avatar;
        public DiscordRole[] roles;
        public User linkedUser;
    }

    /** {@code ClientPacketBase}. */
    static class ClientPacketBase {
        public String type;
        public Integer id;
    }

    static class SayPacket extends ClientPacketBase {
        public String text;
        public String name;
        public String mode;
    }

    static class TellPacket extends ClientPacketBase {
        public String user;
        public String text;
        public String name;
        public String mode;
    }
}
