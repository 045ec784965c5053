/**
 * A hitbox.tv chat simulator ({@link io.github.camelchat.simulator.hitbox.HitboxSimulator}): the server list, the
 * Socket.IO 0.9 handshake and WebSocket transport, and the chat protocol as the live server spoke it, with scriptable
 * viewers, records and fault switches for tests.
 */
package io.github.camelchat.simulator.hitbox;
