package io.github.camelchat.hitbox;

/**
 * One producer request on its way to the session; the protocol adds channel, name, token and colour when it writes it.
 *
 * @param operation what to do
 * @param text      the text of chatMsg, directMsg and motdMsg
 * @param user      the recipient of directMsg or the target of moderation and getChannelUser
 * @param me        send a chatMsg as an action
 * @param number    seconds for kickUser and slowMode
 */
public record HitboxCall(HitboxOperation operation, String text, String user, boolean me, Integer number) {
}
