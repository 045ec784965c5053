package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message whose method this version does not know. Never an error: the params are kept as they came.
 *
 * @param method  the wire method
 * @param channel {@code params.channel} if it is a string, otherwise {@code null}
 * @param params  the params object as received (an empty object if there were none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnknownMessage(String method, String channel, JsonNode params) implements HitboxMessage {
}
