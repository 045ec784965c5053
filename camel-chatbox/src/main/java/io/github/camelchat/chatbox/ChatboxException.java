package io.github.camelchat.chatbox;

import io.github.camelchat.common.send.ChatException;

/**
 * A message the chatbox server (or the component, before sending) refused. {@link #getErrorCode()} is the server's
 * code, e.g. {@code unknown_user}, {@code missing_capability}, {@code invalid_mode}, {@code rate_limited}.
 */
public class ChatboxException extends ChatException {

    private final String errorCode;

    public ChatboxException(Reason reason, String errorCode, String message) {
        super(reason, message);
        this.errorCode = errorCode;
    }

    /** A refusal sent by the server in an {@code error} packet. */
    public static ChatboxException fromServer(String errorCode, String serverMessage) {
        return new ChatboxException(Reason.REJECTED, errorCode,
                "Chatbox server refused the message: " + errorCode + (serverMessage == null ? "" : " (" + serverMessage + ")"));
    }

    /** A message the component refuses before sending. */
    public static ChatboxException invalid(String message) {
        return new ChatboxException(Reason.INVALID, null, message);
    }

    public String getErrorCode() {
        return errorCode;
    }
}
