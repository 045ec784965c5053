package io.github.camelchat.examples;

/**
 * A chat line on its way from one game to the others.
 *
 * @param origin the game it was said in
 * @param sender who said it, as that game names them
 * @param text   what they said, without any tag
 * @param action whether it was an action ({@code /me dances}, a Battle.net emote) rather than a plain line
 */
public record RelayedChat(Game origin, String sender, String text, boolean action) {

    public static RelayedChat said(Game origin, String sender, String text) {
        return new RelayedChat(origin, sender, text, false);
    }

    public static RelayedChat acted(Game origin, String sender, String text) {
        return new RelayedChat(origin, sender, text, true);
    }

    /** The line as the other games show it: {@code [MC] Steve: hi}, or {@code [HB] * Bob dances} for an action. */
    public String line() {
        return origin.tag() + (action ? "* " + sender + " " + text : sender + ": " + text);
    }

    /** {@link #line()}, cut to fit the destination's limit. */
    public String lineFor(Game destination) {
        return destination.limit().fit(line());
    }
}
