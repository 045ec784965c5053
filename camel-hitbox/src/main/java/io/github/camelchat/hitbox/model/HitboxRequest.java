package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request to the hitbox chat server; {@link HitboxCodec#encode(HitboxRequest)} turns it into the frame
 * {@code 5:::{"name":"message","args":[{"method":…,"params":{…}}]}} (an object argument, as every client sends).
 * <p>
 * Records holding a token never show it: their {@code toString()} masks it and Jackson does not serialise it (it
 * can still be read from JSON). The codec validates requests when encoding, so a record may be built in steps.
 */
public sealed interface HitboxRequest
        permits JoinChannelRequest, PartChannelRequest, ChatMsgRequest, DirectMsgRequest,
        GetChannelUserListRequest, GetChannelUserRequest, MediaLogRequest, KickUserRequest, BanUserRequest,
        UnbanUserRequest, MakeModRequest, RemoveModRequest, SlowModeRequest, MotdMsgRequest {

    /** The wire method, e.g. {@code chatMsg}. */
    @JsonProperty("method")
    String method();

    /** The name a guest logs in with (and gets back in {@code loginMsg}). */
    String GUEST_NAME = "UnknownSoldier";
}
