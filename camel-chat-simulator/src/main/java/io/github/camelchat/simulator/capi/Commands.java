package io.github.camelchat.simulator.capi;

/** Command names, without the whitespace typos of the documents. */
final class Commands {

    static final String AUTHENTICATE = "Botapiauth.AuthenticateRequest";
    static final String CONNECT = "Botapichat.ConnectRequest";
    static final String DISCONNECT = "Botapichat.DisconnectRequest";
    static final String SEND_MESSAGE = "Botapichat.SendMessageRequest";
    static final String SEND_WHISPER = "Botapichat.SendWhisperRequest";
    static final String BAN_USER = "Botapichat.BanUserRequest";
    static final String UNBAN_USER = "Botapichat.UnbanUserRequest";
    static final String KICK_USER = "Botapichat.KickUserRequest";
    static final String SEND_EMOTE = "Botapichat.SendEmoteRequest";
    static final String SEND_SET_MODERATOR = "Botapichat.SendSetModeratorRequest";
    /** Only 0xSPL/capi (2023) spells it this way; accepted as an alias. */
    static final String SET_MODERATOR = "Botapichat.SetModeratorRequest";

    static final String CONNECT_EVENT = "Botapichat.ConnectEventRequest";
    static final String DISCONNECT_EVENT = "Botapichat.DisconnectEventRequest";
    static final String MESSAGE_EVENT = "Botapichat.MessageEventRequest";
    static final String USER_UPDATE_EVENT = "Botapichat.UserUpdateEventRequest";
    static final String USER_LEAVE_EVENT = "Botapichat.UserLeaveEventRequest";

    /** What a response is called when the request's command could not be read at all (an invented name). */
    static final String UNKNOWN_RESPONSE = "Response";

    private Commands() {
    }

    /** {@code " Botapichat.ConnectRequest"} and {@code "Botapichat. BanUserRequest"} are typos in the documents. */
    static String normalise(String command) {
        return command.replaceAll("\\s+", "");
    }

    /** The request's name with {@code Request} replaced by {@code Response} (appended if it does not end so). */
    static String responseTo(String command) {
        if (command == null || command.isEmpty()) {
            return UNKNOWN_RESPONSE;
        }
        return command.endsWith("Request")
                ? command.substring(0, command.length() - "Request".length()) + "Response"
                : command + "Response";
    }
}
