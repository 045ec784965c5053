package io.github.camelchat.simulator.hitbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A server-to-client {@code {method,params}} message; {@link MessageWriter} frames it. */
record ServerMessage(String method, ObjectNode params) {
}
