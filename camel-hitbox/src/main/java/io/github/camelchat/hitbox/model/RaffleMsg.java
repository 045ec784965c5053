package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * {@code raffleMsg}: the state of the channel's giveaway — sent on login until it is cleaned up, and after every
 * change or vote. The clean-up message is {@code {"status":"delete"}} with <b>no channel</b>.
 *
 * @param channel        the channel; {@code null} on the {@code delete} message
 * @param question       the question or title
 * @param prize          the prize
 * @param choices        the choices (with counts for admins only)
 * @param startTime      when it started ({@code start_time})
 * @param status         {@code started}, {@code paused}, {@code ended}, {@code hidden} or {@code delete}
 * @param forAdmin       whether this copy is the admins' one (with counts)
 * @param nameColor      the creator's name colour
 * @param subscriberOnly whether only subscribers may enter
 * @param followerOnly   whether only followers may enter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RaffleMsg(String channel, String question, String prize, List<Choice> choices,
                        @JsonProperty("start_time") @IsoInstant Instant startTime, String status, Boolean forAdmin,
                        String nameColor, Boolean subscriberOnly, Boolean followerOnly) implements HitboxMessage {

    public static final String METHOD = "raffleMsg";

    /** The status of the clean-up message. */
    public static final String STATUS_DELETE = "delete";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether this is the clean-up message ({@code status:"delete"}). */
    @JsonIgnore
    public boolean deleted() {
        return STATUS_DELETE.equals(status);
    }

    /**
     * A giveaway choice.
     *
     * @param text  the answer text
     * @param count its entries (admins only)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Choice(String text, Integer count) {
    }
}
