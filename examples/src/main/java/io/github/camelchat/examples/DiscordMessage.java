package io.github.camelchat.examples;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Discord webhook post: the relayed line's text as {@code content}, its sender and origin as {@code username}, and
 * {@code allowed_mentions} that parse nothing, so that chat text cannot ping {@code @everyone}, a role or a user.
 */
public record DiscordMessage(String content, String username,
                             @JsonProperty("allowed_mentions") AllowedMentions allowedMentions) {

    /** Discord's limits on a webhook post. */
    static final int MAX_CONTENT = 2000;
    static final int MAX_USERNAME = 80;
    // escaped anywhere, which Discord allows; emoji (:smile:) and links keep working
    private static final String MARKDOWN = "\\*_~`|[]<>";
    // headings and lists only start a line
    private static final String MARKDOWN_AT_LINE_START = "#-";
    // Discord refuses a username containing these (case-insensitive)
    private static final Pattern FORBIDDEN_IN_USERNAME = Pattern.compile("(?i)discord|clyde|```|[@#:]");

    /** Which mentions Discord turns into pings: none. */
    public record AllowedMentions(List<String> parse) {
        public static final AllowedMentions NONE = new AllowedMentions(List.of());
    }

    public static DiscordMessage of(RelayedChat chat) {
        // an action shows in italics, as Discord shows /me
        String text = chat.action()
                ? "_" + escape(chat.text(), MAX_CONTENT - 2) + "_"
                : escape(chat.text(), MAX_CONTENT);
        return new DiscordMessage(text, username(chat), AllowedMentions.NONE);
    }

    /**
     * The text with Discord's markdown characters escaped, so that chat shows as typed, within {@code max} characters;
     * a longer text is cut (never inside an escape) and ends with an ellipsis.
     */
    static String escape(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length() * 2, max));
        boolean lineStart = true;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean special = MARKDOWN.indexOf(codePoint) >= 0
                    || lineStart && MARKDOWN_AT_LINE_START.indexOf(codePoint) >= 0;
            lineStart = codePoint == '\n' || lineStart && codePoint == ' ';
            String unit = special ? "\\" + (char) codePoint : new String(Character.toChars(codePoint));
            boolean last = i + Character.charCount(codePoint) >= text.length();
            // keep room for the ellipsis unless this is the last character
            if (out.length() + unit.length() > max - (last ? 0 : TextLimit.ELLIPSIS.length())) {
                return out.append(TextLimit.ELLIPSIS).toString();
            }
            out.append(unit);
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** {@code Steve [MC]}: who said it and where, without what Discord refuses in a webhook username. */
    static String username(RelayedChat chat) {
        String origin = " [" + chat.origin().code() + "]";
        String sender = chat.sender() == null ? ""
                : FORBIDDEN_IN_USERNAME.matcher(chat.sender()).replaceAll("").strip();
        if (sender.isEmpty()) {
            sender = "someone";
        }
        int room = MAX_USERNAME - origin.length();
        return (sender.length() > room ? sender.substring(0, room) : sender) + origin;
    }
}
