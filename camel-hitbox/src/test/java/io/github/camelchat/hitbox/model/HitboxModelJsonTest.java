package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records serialise flat with their method (for Kafka, files, {@code .marshal().json()}) and read back. */
class HitboxModelJsonTest {

    private static final HitboxCodec CODEC = new HitboxCodec();
    private static final ObjectMapper MAPPER = CODEC.mapper();

    static Stream<String> messages() {
        return Frames.MESSAGES.stream();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void everyRecordRoundTripsThroughTheMapper(String name) throws Exception {
        HitboxMessage message = CODEC.decodeMessage(Frames.load(name));
        String json = MAPPER.writeValueAsString(message);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.get("method").textValue()).isEqualTo(message.method());
        tree.fields().forEachRemaining(f -> assertThat(f.getValue().isNull()).as(f.getKey()).isFalse());
        assertThat(MAPPER.readValue(json, HitboxMessage.class)).isEqualTo(message);
        assertThat(MAPPER.readValue(json, message.getClass())).isEqualTo(message);
        // the wire form reads too
        assertThat(MAPPER.readValue(Frames.load(name), HitboxMessage.class)).isEqualTo(message);
    }

    @Test
    void flatFormKeepsTheWireNames() throws Exception {
        JsonNode chat = MAPPER.valueToTree(CODEC.decodeMessage(Frames.load("chatMsg.json")));
        assertThat(chat.fieldNames()).toIterable().contains("method", "channel", "isFollower", "isSubscriber",
                "isOwner", "isStaff", "isCommunity", "nameColor", "time")
                .doesNotContain("follower", "backlog", "backlogComplete", "meAction");
        assertThat(chat.get("time").textValue()).isEqualTo("2015-03-19T17:13:08Z");
        JsonNode users = MAPPER.valueToTree(CODEC.decodeMessage(Frames.load("userList-guests.json")));
        assertThat(users.get("data").get("Guests").intValue()).isEqualTo(12);
        JsonNode winner = MAPPER.valueToTree(CODEC.decodeMessage(Frames.load("winnerRaffle.json")));
        assertThat(winner.fieldNames()).toIterable().contains("winner_name", "winner_email", "winner_picked");
        JsonNode poll = MAPPER.valueToTree(CODEC.decodeMessage(Frames.load("pollMsg.json")));
        assertThat(poll.has("start_time")).isTrue();
        JsonNode unknown = MAPPER.valueToTree(CODEC.decodeMessage(Frames.load("unknown-method.json")));
        assertThat(unknown.get("params").get("answer").intValue()).isEqualTo(42);
    }

    @Test
    void badInputThroughTheMapper() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"channel\":\"c\"}", HitboxMessage.class))
                .hasMessageContaining("no 'method'");
        assertThatThrownBy(() -> MAPPER.readValue("[1]", HitboxMessage.class))
                .hasMessageContaining("Cannot decode hitbox message");
    }
}
