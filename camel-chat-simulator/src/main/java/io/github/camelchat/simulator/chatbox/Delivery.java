package io.github.camelchat.simulator.chatbox;

/**
 * A chatbox message that the tick delivered in game.
 *
 * @param licenseKey the sending license
 * @param type       {@code say} or {@code tell}
 * @param user       the target player's name for a tell, null for a say
 * @param name       the label as players see it (formatting codes removed)
 * @param text       the content as players see it (formatting removed, trimmed)
 * @param rawText    the text as the client sent it, after truncation to 1024 chars
 * @param mode       markdown, format or minimessage
 */
public record Delivery(String licenseKey, String type, String user, String name, String text, String rawText,
                       String mode) {

    /** The chat line as a player sees it, with RCC's {@code [CB]} / {@code [CB PM]} prefixes. */
    public String line() {
        return ("tell".equals(type) ? "[CB PM] " : "[CB] ") + name + ": " + text;
    }

    @Override
    public String toString() {
        return line();
    }
}
