package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code success} packet answering a say or tell.
 *
 * @param id     the id of the client packet, or -1 if it had none
 * @param reason {@value #MESSAGE_QUEUED} or {@value #MESSAGE_SENT}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuccessPacket(Long id, String reason) implements ChatboxPacket {

    public static final String TYPE = "success";
    /** The message was delivered. */
    public static final String MESSAGE_SENT = "message_sent";
    /** The message was put in the server queue (RCC always sends this first). */
    public static final String MESSAGE_QUEUED = "message_queued";

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether {@code reason} is {@value #MESSAGE_SENT}. */
    @JsonIgnore
    public boolean isMessageSent() {
        return MESSAGE_SENT.equals(reason);
    }

    /** Whether {@code reason} is {@value #MESSAGE_QUEUED}. */
    @JsonIgnore
    public boolean isMessageQueued() {
        return MESSAGE_QUEUED.equals(reason);
    }
}
