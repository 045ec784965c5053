package io.github.camelchat.common.send;

/**
 * One outbound message as written on the wire.
 *
 * @param text           the frame text
 * @param correlationKey what the server's reply will carry (a request id, for instance); {@code null} when the
 *                       protocol has no reply and the message counts as acknowledged once written
 */
public record Encoded(String text, Object correlationKey) {
}
