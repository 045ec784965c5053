package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * {@code pollMsg}: the state of the channel's poll — sent on login while a poll runs, and after every change or
 * vote. An ended poll may carry only {@code channel} and {@code status}.
 *
 * @param channel        the channel
 * @param question       the question
 * @param choices        the choices with their vote counts
 * @param startTime      when it started ({@code start_time}, an ISO-8601 string on the wire)
 * @param status         {@code started}, {@code paused} or {@code ended}
 * @param voters         the names of the users who voted
 * @param votes          the total number of votes
 * @param nameColor      the creator's name colour
 * @param subscriberOnly whether only subscribers may vote
 * @param followerOnly   whether only followers may vote
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollMsg(String channel, String question, List<Choice> choices,
                      @JsonProperty("start_time") @IsoInstant Instant startTime, String status, List<String> voters,
                      Integer votes, String nameColor, Boolean subscriberOnly, Boolean followerOnly)
        implements HitboxMessage {

    public static final String METHOD = "pollMsg";

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * A poll choice.
     *
     * @param text  the answer text
     * @param votes its votes (a number or a numeric string on the wire)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Choice(String text, Integer votes) {
    }
}
