package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code error} packet.
 *
 * @param id      the id of the client packet it answers, or -1
 * @param error   the error code, e.g. {@value #RATE_LIMITED}
 * @param message a human-readable message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorPacket(Long id, String error, String message) implements ChatboxPacket {

    public static final String TYPE = "error";

    public static final String UNKNOWN_ERROR = "unknown_error";
    public static final String UNKNOWN_TYPE = "unknown_type";
    public static final String MISSING_CAPABILITY = "missing_capability";
    public static final String MISSING_TEXT = "missing_text";
    public static final String MISSING_USER = "missing_user";
    public static final String UNKNOWN_USER = "unknown_user";
    public static final String INVALID_MODE = "invalid_mode";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String TEXT_TOO_LARGE = "text_too_large";
    public static final String NAME_TOO_LARGE = "name_too_large";

    @Override
    public String type() {
        return TYPE;
    }
}
