package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The optional {@code closing} packet sent before the server closes the connection (RCC never sends it; it only
 * sends a close frame).
 *
 * @param closeReason the close reason code, e.g. {@code server_stopping}
 * @param reason      a human-readable message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClosingPacket(String closeReason, String reason) implements ChatboxPacket {

    public static final String TYPE = "closing";

    @Override
    public String type() {
        return TYPE;
    }
}
