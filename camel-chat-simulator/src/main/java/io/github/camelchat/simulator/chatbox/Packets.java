package io.github.camelchat.simulator.chatbox;

import java.util.List;

/** The non-event packets. Component order = RCC field order (see {@link ServerPacket}). */
final class Packets {

    private Packets() {
    }

    record Hello(boolean guest, String licenseOwner, WireUsers.User licenseOwnerUser, List<String> capabilities)
            implements ServerPacket {
        @Override
        public String type() {
            return "hello";
        }
    }

    record Players(String time, List<WireUsers.User> players) implements ServerPacket {
        @Override
        public String type() {
            return "players";
        }
    }

    record Success(String reason, int id) implements ServerPacket {
        static final String MESSAGE_QUEUED = "message_queued";
        static final String MESSAGE_SENT = "message_sent";

        @Override
        public String type() {
            return "success";
        }
    }

    record Error(String error, String message, int id) implements ServerPacket {
        static Error of(ClientError error, int id) {
            return new Error(error.code(), error.message(), id);
        }

        @Override
        public String type() {
            return "error";
        }

        @Override
        public boolean ok() {
            return false;
        }
    }

    record Ping() implements ServerPacket {
        @Override
        public String type() {
            return "ping";
        }
    }
}
