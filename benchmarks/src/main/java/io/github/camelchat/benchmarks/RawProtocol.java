package io.github.camelchat.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.capi.model.CapiCodec;
import io.github.camelchat.hitbox.model.HitboxCodec;
import io.github.camelchat.hitbox.model.JoinChannelRequest;

/**
 * What a raw baseline client does: the least handshake that gets the flood going, and a Jackson tree parse of every
 * frame (for hitbox also of the string-encoded {@code args[0]}), counting the flooded event kind.
 */
final class RawProtocol {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Wire wire;
    private final Tally tally;

    RawProtocol(Wire wire, Tally tally) {
        this.wire = wire;
        this.tally = tally;
    }

    /** Where to connect; for hitbox this runs the HTTP handshake for a one-time sid. */
    URI uri(int port) throws Exception {
        return switch (wire) {
            case CHATBOX -> URI.create("ws://127.0.0.1:" + port + "/v2/00000000-0000-4000-8000-000000000000");
            case CAPI -> URI.create("ws://127.0.0.1:" + port + "/v1/rpc/chat");
            case HITBOX -> FrameSamples.hitboxSocket(URI.create("http://127.0.0.1:" + port));
        };
    }

    /** Frames to send as soon as the socket is open. */
    List<String> onOpen() {
        if (wire == Wire.CAPI) {
            CapiCodec codec = new CapiCodec();
            return List.of(codec.encode("Botapiauth.AuthenticateRequest", 1, Map.of("api_key", "bench")),
                    codec.encode("Botapichat.ConnectRequest", 2, Map.of()));
        }
        return List.of();
    }

    /** Parses one frame and counts it if it is the flooded event; returns a frame to answer with, or null. */
    String onFrame(String frame) throws IOException {
        switch (wire) {
            case CHATBOX -> {
                JsonNode n = MAPPER.readTree(frame);
                if ("chat_ingame".equals(n.path("event").textValue())) {
                    tally.event(tally.measuresLatency() ? n.path("text").textValue() : null);
                }
            }
            case CAPI -> {
                JsonNode n = MAPPER.readTree(frame);
                if ("Botapichat.MessageEventRequest".equals(n.path("command").textValue())) {
                    tally.event(tally.measuresLatency() ? n.path("payload").path("message").textValue() : null);
                }
            }
            case HITBOX -> {
                if (frame.equals("1::")) {
                    return new HitboxCodec().encode(JoinChannelRequest.guest(FrameSamples.CHANNEL));
                }
                if (frame.startsWith("5:::")) {
                    JsonNode event = MAPPER.readTree(frame.substring(4));
                    JsonNode message = MAPPER.readTree(event.path("args").path(0).textValue());
                    if ("chatMsg".equals(message.path("method").textValue())) {
                        tally.event(tally.measuresLatency() ? message.path("params").path("text").textValue() : null);
                    }
                }
            }
        }
        return null;
    }
}
