package io.github.camelchat.hitbox.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.hitbox.socketio.SioPacket;
import io.github.camelchat.hitbox.socketio.SioPacketType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link HitboxCodec#decodeWithJson}: the packet decodes as {@link HitboxCodec#decode(SioPacket)} does, and the message
 * JSON it returns (the rawJson body) is {@code args[0]} as the server wrote it.
 */
class HitboxCodecDecodedEventTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final HitboxCodec codec = new HitboxCodec();

    /**
     * decodeWithJson fails like decodeEvent(data), or gives its message (the messages themselves are checked in
     * HitboxCodecDecodeTest) and, as its JSON, args[0] as the server wrote it: the string, or the object's text.
     */
    private void assertDecodedWithItsJson(String data) throws Exception {
        SioPacket packet = SioPacket.parse("5:1+::" + data);
        Throwable expected = catchThrowable(() -> codec.decodeEvent(data));
        if (expected != null) {
            assertThatThrownBy(() -> codec.decodeWithJson(packet)).as(data)
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
            return;
        }
        HitboxCodec.Decoded decoded = codec.decodeWithJson(packet);
        assertThat(decoded.message()).as(data).isEqualTo(codec.decodeEvent(data));
        // the JSON and the message describe the same message, also when 'args' repeats (the first one counts)
        assertThat(codec.decodeMessage(decoded.json())).as(data).isEqualTo(decoded.message());
        if (!data.contains("],\"args\"")) {  // a tree keeps the last of repeated keys: no reference then
            JsonNode arg = PLAIN.readTree(data).path("args").path(0);
            if (arg.isTextual()) {
                assertThat(decoded.json()).as(data).isEqualTo(arg.textValue());
            } else {
                assertThat(PLAIN.readTree(decoded.json())).as(data).isEqualTo(arg);
                assertThat(data).as("written as the server wrote it").contains(decoded.json());
            }
        }
    }

    @Test
    void theJsonIsArgs0AsTheServerWroteIt() throws Exception {
        List<String> events = new ArrayList<>();
        for (String name : Frames.MESSAGES) {
            String message = Frames.load(name);
            events.add(Frames.serverEvent(message));
            events.add(Frames.objectEvent(message));
            events.add(" " + Frames.serverEvent(message).replace(",", " , "));
        }
        events.add(Frames.load("frame-chatMsg-server.txt").substring(4));
        events.add(Frames.load("frame-chatMsg-docs.txt").substring(4));
        events.add("{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"x\":1.50,\"y\":\"\u00e9\"}}]}");
        events.add("{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"a\\\"}\"],\"args\":[\"{\\\"method\\\":\\\"b\\\"}\"]}");
        events.add("{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"a\\\"}\",{\"extra\":true}]}");
        events.add("{\"name\":\"message\",\"args\":[ {\"method\":\"chatMsg\", \"params\":{\"text\":\"spaced\"}} ]}");
        for (String data : events) {
            assertDecodedWithItsJson(data);
        }
    }

    @Test
    void theServerFormGivesTheStringInArgs0() throws Exception {
        String frame = Frames.load("frame-chatMsg-server.txt");
        HitboxCodec.Decoded decoded = codec.decodeWithJson(SioPacket.parse(frame));
        assertThat(decoded.json()).isEqualTo(PLAIN.readTree(frame.substring(4)).at("/args/0").textValue());
        assertThat(((ChatMsg) decoded.message()).text()).isEqualTo("He said \"hi\"\nline 2 \u00e9 \ud83d\ude00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"chatMsg\\\",\\\"params\\\":[]}\"]}",
            "{\"name\":\"message\",\"args\":[\"not json\"]}", "{\"name\":\"message\",\"args\":[\"\"]}",
            "{\"name\":\"message\",\"args\":[\"\\x\"]}", "{\"name\":\"message\",\"args\":[\"a\nb\"]}",
            "{\"name\":\"message\",\"args\":[]}", "{not json", "", "{\"name\":\"message\",\"args\":[\"{}\"]} x"})
    void malformedEventsFailAsBefore(String data) throws Exception {
        assertThatThrownBy(() -> codec.decodeEvent(data)).isInstanceOf(HitboxDecodeException.class);
        assertDecodedWithItsJson(data);
    }

    @Test
    void messagePacketsGiveTheirDataAndOthersCarryNoMessage() {
        String inner = "{\"method\":\"chatMsg\",\"params\":{\"channel\":\"c\",\"name\":\"a\",\"text\":\"hi\"}}";
        HitboxCodec.Decoded decoded = codec.decodeWithJson(SioPacket.of(SioPacketType.JSON, inner));
        assertThat(decoded.json()).isEqualTo(inner);
        assertThat(decoded.message()).isEqualTo(codec.decodeMessage(inner));
        assertThatThrownBy(() -> codec.decodeWithJson(SioPacket.heartbeat())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decodeWithJson(SioPacket.parse("5:::")))
                .isInstanceOf(HitboxDecodeException.class);
    }
}
