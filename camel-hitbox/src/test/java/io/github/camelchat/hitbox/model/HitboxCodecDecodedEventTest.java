package io.github.camelchat.hitbox.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link HitboxCodec#decodeEvent(String, int)}: the event read from its offset in the frame decodes as before, and the
 * message JSON it returns (the rawJson body) is what reading {@code args[0]} as a tree gave.
 */
class HitboxCodecDecodedEventTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final HitboxCodec codec = new HitboxCodec();

    /** What the consumer made of rawJson before: args[0] of the event read as a tree. */
    private String treeJson(String data) throws Exception {
        JsonNode arg = codec.mapper().readTree(data).path("args").path(0);
        return arg.isTextual() ? arg.asText() : arg.toString();
    }

    /** decodeEvent(frame, offset) decodes as decodeEvent(data) and its JSON is what rawJson gave before. */
    private void assertSameAsBefore(String data) throws Exception {
        String frame = "5:1+::" + data;
        Throwable expected = catchThrowable(() -> codec.decodeEvent(data));
        if (expected != null) {
            assertThatThrownBy(() -> codec.decodeEvent(frame, 6)).as(data)
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        } else {
            HitboxCodec.Decoded decoded = codec.decodeEvent(frame, 6);
            assertThat(decoded.message()).as(data).isEqualTo(codec.decodeEvent(data));
            assertThat(decoded.json()).as(data).isEqualTo(treeJson(data));
        }
    }

    @Test
    void decodedJsonIsWhatRawJsonGaveBefore() throws Exception {
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
        for (String data : events) {
            assertSameAsBefore(data);
            HitboxCodec.Decoded decoded = codec.decodeEvent("5:::" + data, 4);
            assertThat(decoded.json()).isNotNull();
            if (!data.contains("],\"args\"")) {  // with two args the tree (and rawJson) took the last one
                assertThat(codec.decodeMessage(decoded.json()).method()).isEqualTo(decoded.message().method());
            }
        }
    }

    @Test
    void theServerFormIsReadInPlace() throws Exception {
        String frame = Frames.load("frame-chatMsg-server.txt");
        HitboxCodec.Decoded decoded = codec.decodeEvent(frame, 4);
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
        assertSameAsBefore(data);
    }

    @Test
    void offsetsOutsideTheFrameAreRefused() {
        assertThatThrownBy(() -> codec.decodeEvent("5:::", 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> codec.decodeEvent("5:::", -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> codec.decodeEvent("5:::", 4)).isInstanceOf(HitboxDecodeException.class);
    }
}
