package io.github.camelchat.examples;

import java.util.Locale;

/**
 * The bot's {@code !commands} in Battle.net and hitbox chat (Minecraft's {@code \commands} arrive as command events
 * instead), and what it answers.
 */
public final class BotCommands {

    public static final String PREFIX = "!";
    public static final String PING = "ping";
    public static final String PONG = "pong";
    static final String CHATBOX_HELP = "Commands: \\ping (I answer pong), \\help (this list). "
            + "Chat here also shows on Battle.net and hitbox.";
    static final String WHISPER_HELP = "I relay this channel to Minecraft and hitbox. Say !ping and I answer pong.";

    private BotCommands() {
    }

    public static boolean isCommand(String text) {
        return text != null && text.length() > PREFIX.length() && text.startsWith(PREFIX);
    }

    /** The command's name, lower case, without prefix and arguments ({@code "!Ping now"} is {@code ping}), or null. */
    public static String name(String text) {
        if (!isCommand(text)) {
            return null;
        }
        String rest = text.substring(PREFIX.length()).strip();
        int blank = rest.indexOf(' ');
        return (blank < 0 ? rest : rest.substring(0, blank)).toLowerCase(Locale.ROOT);
    }

    public static boolean isPing(String text) {
        return PING.equals(name(text));
    }

    /** A whisper always gets an answer: pong to {@code !ping}, otherwise what the bot is for. */
    public static String whisperReply(String text) {
        return isPing(text) ? PONG : WHISPER_HELP;
    }
}
