package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * {@code directMsg}: a direct (private) message to this user. The sender gets an {@link InfoMsg} with action
 * {@code directmsg} instead.
 *
 * @param channel     the channel it was sent from
 * @param from        the sender
 * @param nameColor   the sender's name colour
 * @param text        the text
 * @param time        when it was sent
 * @param isStaff     whether the sender is hitbox staff
 * @param isCommunity whether the sender is an ambassador
 * @param type        {@code "info"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectMsg(String channel, String from, String nameColor, String text, @IsoInstant Instant time,
                        @JsonProperty("isStaff") Boolean isStaff,
                        @JsonProperty("isCommunity") Boolean isCommunity,
                        String type) implements HitboxMessage {

    public static final String METHOD = "directMsg";

    @Override
    public String method() {
        return METHOD;
    }
}
