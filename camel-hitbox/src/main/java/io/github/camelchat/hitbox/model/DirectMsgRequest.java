package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code directMsg{channel,from,to,nameColor,text}}: a private message. The server confirms with an
 * {@link InfoMsg} (action {@code directmsg}); the recipient gets a {@link DirectMsg}.
 *
 * @param channel   the channel (required; sent in lower case)
 * @param from      the sender's name (required)
 * @param to        the recipient (required)
 * @param nameColor the sender's name colour, or {@code null} to leave it out
 * @param text      the text (required)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectMsgRequest(String channel, String from, String to, String nameColor, String text)
        implements HitboxRequest {

    public static final String METHOD = "directMsg";

    @Override
    public String method() {
        return METHOD;
    }
}
