package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The giveaway winner, method {@code winnerMsg} (old servers) or {@code winnerRaffle} (newer). It is sent twice:
 * to everyone without the e-mail ({@code forAdmin:false}) and to admins with it ({@code forAdmin:true}).
 *
 * @param method       {@code winnerMsg} or {@code winnerRaffle}, as received
 * @param channel      the channel
 * @param winnerName   the winner ({@code winner_name})
 * @param winnerEmail  the winner's e-mail, admins' copy only ({@code winner_email})
 * @param winnerPicked whether a winner was picked ({@code winner_picked})
 * @param forAdmin     whether this is the admins' copy
 * @param answer       the winning choice (index from 0, as sent: number or string)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WinnerMsg(String method, String channel, @JsonProperty("winner_name") String winnerName,
                        @JsonProperty("winner_email") String winnerEmail,
                        @JsonProperty("winner_picked") Boolean winnerPicked, Boolean forAdmin, String answer)
        implements HitboxMessage {

    /** The old method name. */
    public static final String METHOD = "winnerMsg";
    /** The newer method name. */
    public static final String METHOD_RAFFLE = "winnerRaffle";

    /** {@code method} defaults to {@code winnerRaffle}. */
    public WinnerMsg {
        method = method == null ? METHOD_RAFFLE : method;
    }

    /** The same message under another method name. */
    public WinnerMsg withMethod(String method) {
        return method.equals(this.method) ? this
                : new WinnerMsg(method, channel, winnerName, winnerEmail, winnerPicked, forAdmin, answer);
    }

    /** {@code answer} as an index, or {@code null} if it is absent or not a number. */
    @JsonIgnore
    public Integer answerIndex() {
        if (answer == null) {
            return null;
        }
        try {
            return Integer.valueOf(answer.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
