package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message from the hitbox chat server: the {@code {"method":…,"params":{…}}} object carried (as a JSON string,
 * or an object) in {@code args[0]} of a {@code 5:::{"name":"message",…}} event. One record per method, with the
 * params as typed fields; methods this version does not know become {@link UnknownMessage}.
 * <p>
 * All records ignore unknown fields, leave out {@code null} fields when serialised and serialise flat, with the
 * method: {@code {"method":"chatMsg","channel":…,"name":…}}. The codec's {@linkplain HitboxCodec#mapper() mapper}
 * reads that form (and the wire form {@code {"method":…,"params":{…}}}) back as {@code HitboxMessage.class}.
 */
public sealed interface HitboxMessage
        permits LoginMsg, ChatMsg, DirectMsg, InfoMsg, ChatLog, SlowMsg, MotdMsg, UserList, UserInfo, BanList,
        MediaLog, PollMsg, RaffleMsg, WinnerMsg, ServerMsg, NotifyMsg, UnknownMessage {

    /** The wire method, e.g. {@code chatMsg}. */
    @JsonProperty("method")
    String method();

    /**
     * {@code params.channel}: the channel the message belongs to (lower case as sent by the server), or
     * {@code null} if the message has none (a {@code raffleMsg} with status {@code delete}).
     */
    String channel();
}
