/**
 * Wire model and codec of the Chatbox v2 WebSocket protocol (SwitchCraft / ReconnectedCC).
 * <p>
 * Server packets are modelled by the sealed {@link io.github.camelchat.chatbox.model.ChatboxPacket} hierarchy,
 * events by {@link io.github.camelchat.chatbox.model.ChatboxEvent}; all of them are Jackson-friendly records that
 * ignore unknown fields and omit null fields when serialised. Client packets are
 * {@link io.github.camelchat.chatbox.model.Say} and {@link io.github.camelchat.chatbox.model.Tell}.
 * {@link io.github.camelchat.chatbox.model.ChatboxCodec} turns text frames into packets and client packets into frames.
 */
package io.github.camelchat.chatbox.model;
