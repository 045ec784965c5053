package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code chatMsg{channel,name,nameColor,text[,type:"me"]}}: say something. The server echoes accepted lines as
 * {@link ChatMsg} and answers rejected ones (slow mode, subscriber-only, duplicates) with an {@link InfoMsg}. Texts
 * are limited to about 255–300 characters by the server (not enforced here).
 *
 * @param channel   the channel (required; sent in lower case)
 * @param name      the sender's name (required)
 * @param nameColor the name colour, hex without {@code #} ({@code #} is stripped), or {@code null} to leave it out
 * @param text      the text (required)
 * @param me        send as a {@code /me} action line ({@code type:"me"})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMsgRequest(String channel, String name, String nameColor, String text, boolean me)
        implements HitboxRequest {

    public static final String METHOD = "chatMsg";

    private static final String ME_PREFIX = "/me ";

    /**
     * A chat line; a text starting with {@code /me } (any case) becomes an action line: the prefix is removed and
     * {@code type:"me"} is sent.
     * <p>
     * <b>Guess:</b> the sources document only the optional {@code type:"me"} param of {@code chatMsg}, not who
     * turns {@code /me} into it. Sending the plain text would show a literal "/me" if the server does not, so the
     * client-side conversion is the safe reading. Use the constructor to send a text as is.
     */
    public static ChatMsgRequest of(String channel, String name, String nameColor, String text) {
        if (text != null && text.length() > ME_PREFIX.length()
                && text.regionMatches(true, 0, ME_PREFIX, 0, ME_PREFIX.length())) {
            return new ChatMsgRequest(channel, name, nameColor, text.substring(ME_PREFIX.length()), true);
        }
        return new ChatMsgRequest(channel, name, nameColor, text, false);
    }

    @Override
    public String method() {
        return METHOD;
    }
}
