package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code ping} packet RCC sends every 60 seconds. Clients must not answer it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PingPacket() implements ChatboxPacket {

    public static final String TYPE = "ping";
    /** The shared instance (all ping packets are equal). */
    public static final PingPacket INSTANCE = new PingPacket();

    @Override
    public String type() {
        return TYPE;
    }
}
