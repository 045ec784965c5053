/**
 * Socket.IO 0.9 wire layer of the hitbox chat: packets ({@link io.github.camelchat.hitbox.socketio.SioPacket},
 * {@link io.github.camelchat.hitbox.socketio.SioCodec}), handshake bodies
 * ({@link io.github.camelchat.hitbox.socketio.HandshakeResponse}) and connection URLs
 * ({@link io.github.camelchat.hitbox.socketio.SioUris}). No hitbox knowledge: the chat messages carried by
 * {@code 5:::} event packets are decoded by {@link io.github.camelchat.hitbox.model.HitboxCodec}.
 */
package io.github.camelchat.hitbox.socketio;
