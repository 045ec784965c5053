package io.github.camelchat.simulator.chatbox;

import java.util.Locale;

/** The errors RCC sends, with RCC's texts ({@code ClientErrors.java}). */
public enum ClientError {
    UNKNOWN_ERROR("An unknown error occurred."),
    UNKNOWN_TYPE("Unrecognised message type."),
    MISSING_CAPABILITY("You don't have the required capability to run this."),
    MISSING_TEXT("The 'text' argument is required."),
    MISSING_USER("The 'user' argument is required."),
    UNKNOWN_USER("That user is not online."),
    INVALID_MODE("The 'mode' argument is invalid."),
    RATE_LIMITED("You got rate limited.");

    private final String message;

    ClientError(String message) {
        this.message = message;
    }

    /** The {@code error} field. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code message} field. */
    public String message() {
        return message;
    }
}
