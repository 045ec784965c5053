package io.github.camelchat.simulator.capi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelchat.simulator.WebSocketTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The recording JDK WebSocket client with CAPI request helpers. */
final class CapiClient extends WebSocketTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CapiClient connect(String url, String... subprotocols) {
        return new CapiClient().open(url, Map.of(), subprotocols);
    }

    /** Opens, authenticates and connects; returns the client with the listing read. */
    static CapiClient connected(CapiSimulator sim, BotAccount bot) {
        CapiClient client = connect(sim.url());
        client.authenticate(bot.apiKey());
        client.connectAndList();
        return client;
    }

    /** Sends {@code {"command":..,"request_id":..,"payload":..}} (payload given as JSON text). */
    void request(String command, long requestId, String payloadJson) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("command", command);
        frame.put("request_id", requestId);
        try {
            frame.set("payload", JSON.readTree(payloadJson));
        } catch (Exception e) {
            throw new IllegalArgumentException(payloadJson, e);
        }
        send(frame.toString());
    }

    /** Sends a request and returns the next frame, which must be its response. */
    JsonNode call(String command, long requestId, String payloadJson) {
        request(command, requestId, payloadJson);
        JsonNode response = nextJson();
        assertThat(response.path("command").asText()).isEqualTo(command.replace("Request", "Response"));
        assertThat(response.path("request_id").asLong()).isEqualTo(requestId);
        return response;
    }

    JsonNode authenticate(String apiKey) {
        JsonNode response = call("Botapiauth.AuthenticateRequest", 1, "{\"api_key\":\"" + apiKey + "\"}");
        assertThat(response.has("status")).as("success without status: " + response).isFalse();
        return response;
    }

    /** ConnectRequest; returns every frame up to and including the bot's second update (the listing's end). */
    List<JsonNode> connectAndList() {
        request("Botapichat.ConnectRequest", 2, "{}");
        List<JsonNode> frames = readListing();
        assertThat(command(frames.get(0))).isEqualTo("Botapichat.ConnectResponse");
        return frames;
    }

    /** Every frame up to and including the bot's second update. */
    List<JsonNode> readListing() {
        List<JsonNode> frames = new ArrayList<>();
        int selfUpdates = 0;
        while (selfUpdates < 2) {
            JsonNode frame = nextJson();
            frames.add(frame);
            if (command(frame).equals("Botapichat.UserUpdateEventRequest") && frame.path("payload").path("user_id").asInt() == 1) {
                selfUpdates++;
            }
        }
        return frames;
    }

    /** The next frame's payload, checking its command. */
    JsonNode nextEvent(String command) {
        JsonNode frame = nextJson();
        assertThat(command(frame)).as("frame " + frame).isEqualTo(command);
        return frame.path("payload");
    }

    JsonNode nextMessage() {
        return nextEvent("Botapichat.MessageEventRequest");
    }

    static String command(JsonNode frame) {
        return frame.path("command").asText();
    }

    /** The status as "area/code", or "none". */
    static String status(JsonNode response) {
        JsonNode status = response.get("status");
        return status == null ? "none" : status.path("area").asInt() + "/" + status.path("code").asInt();
    }
}
