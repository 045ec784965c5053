package io.github.camelchat.simulator.capi;

/**
 * One thing a bot said in its channel: a {@code SendMessageRequest} ({@link MessageType#CHANNEL}) or a
 * {@code SendEmoteRequest} ({@link MessageType#EMOTE}) that the simulator accepted.
 *
 * @param channel  the channel's name
 * @param toonName the bot's toon name ({@code [B]name})
 */
public record ChannelLine(String channel, String toonName, MessageType type, String text) {
}
