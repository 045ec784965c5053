package io.github.camelchat.chatbox;

import io.github.camelchat.chatbox.model.ChatboxPacket;

/**
 * One inbound frame of a chatbox session: the decoded packet and its text, so a consumer with {@code rawJson=true}
 * can pass the original bytes on untouched.
 */
public record ChatboxFrame(ChatboxPacket packet, String json) {
}
