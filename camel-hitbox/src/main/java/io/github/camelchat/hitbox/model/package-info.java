/**
 * Wire model and codec of the hitbox.tv chat (carried by Socket.IO 0.9 {@code 5:::} events).
 * <p>
 * Server messages are modelled by the sealed {@link io.github.camelchat.hitbox.model.HitboxMessage} hierarchy (one
 * record per method, {@link io.github.camelchat.hitbox.model.UnknownMessage} for the others); client requests by
 * the sealed {@link io.github.camelchat.hitbox.model.HitboxRequest} hierarchy. All are Jackson-friendly records
 * that ignore unknown fields and omit null fields when serialised; tokens never appear in {@code toString()} or in
 * serialised requests. {@link io.github.camelchat.hitbox.model.HitboxCodec} decodes events (string-encoded or
 * object arguments) and encodes requests into frames.
 */
package io.github.camelchat.hitbox.model;
