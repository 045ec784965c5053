package io.github.camelchat.hitbox;

import io.github.camelchat.hitbox.model.HitboxMessage;

/**
 * One inbound message of a channel session.
 *
 * @param message the typed message
 * @param json    the message JSON as the server sent it (the inner, once-decoded {@code {"method":…,"params":…}})
 */
public record HitboxInbound(HitboxMessage message, String json) {
}
