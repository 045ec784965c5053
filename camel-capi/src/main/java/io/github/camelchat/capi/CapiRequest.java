package io.github.camelchat.capi;

/**
 * One request on its way to the session. The target is resolved when the request is written, because user ids change
 * with every reconnect.
 *
 * @param operation    what to do
 * @param text         the message for sendMessage, sendWhisper and sendEmote
 * @param targetUserId the target's id, if given by id
 * @param targetName   the target's toon name, if given by name
 */
public record CapiRequest(CapiOperation operation, String text, Long targetUserId, String targetName) {
}
