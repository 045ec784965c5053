package io.github.camelchat.hitbox.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SioCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String HOSTILE = "He said \"hi\"\\ \n\r\t\u0000\u0007\u001f 5:::{\"name\":\"x\"} 2:: \u2028\u2029"
            + " \uD83D\uDE00 lone \uD83D end \uDE00 </script>";

    @Test
    void readyMadeFrames() {
        assertThat(SioCodec.heartbeat()).isEqualTo("2::").isEqualTo(SioPacket.heartbeat().encode());
        assertThat(SioCodec.CONNECT).isEqualTo("1::");
        assertThat(SioCodec.DISCONNECT).isEqualTo("0::");
        assertThat(SioCodec.NOOP).isEqualTo("8::");
        assertThat(SioCodec.error("1", "0")).isEqualTo("7:::1+0");
        assertThat(SioCodec.error("2", null)).isEqualTo("7:::2");
        assertThat(SioCodec.message("a:b")).isEqualTo("3:::a:b");
        assertThat(SioCodec.json(Map.of("a", 1))).isEqualTo("4:::{\"a\":1}");
    }

    @Test
    void eventWithObjectArgument() throws Exception {
        String frame = SioCodec.event("message", Map.of("method", "chatMsg"));
        assertThat(frame).isEqualTo("5:::{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\"}]}");
    }

    @Test
    void eventWithoutArgumentsLeavesArgsOut() {
        assertThat(SioCodec.event("ping")).isEqualTo("5:::{\"name\":\"ping\"}");
    }

    @Test
    void stringArgumentIsDoubleEncodedLikeTheServer() throws Exception {
        String inner = "{\"method\":\"loginMsg\",\"params\":{\"channel\":\"c\"}}";
        String frame = SioCodec.event("message", inner);
        assertThat(frame).isEqualTo("5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"loginMsg\\\","
                + "\\\"params\\\":{\\\"channel\\\":\\\"c\\\"}}\"]}");
        JsonNode data = JSON.readTree(SioPacket.parse(frame).data());
        assertThat(data.get("args").get(0).textValue()).isEqualTo(inner);
    }

    @Test
    void hostileTextCannotBreakTheFraming() throws Exception {
        String frame = SioCodec.event(HOSTILE, HOSTILE, List.of(HOSTILE), null, 42);
        assertThat(frame).startsWith("5:::{");
        // one line, ASCII control characters and separators escaped, surrogates escaped
        assertThat(frame).doesNotContain("\n", "\r", "\t", "\u0000", "\u2028", "\u2029", "\uD83D", "\uDE00");
        SioPacket packet = SioPacket.parse(frame);
        assertThat(packet.type()).isEqualTo(SioPacketType.EVENT);
        assertThat(packet.id()).isNull();
        assertThat(packet.endpoint()).isEmpty();
        JsonNode data = JSON.readTree(packet.data());
        assertThat(data.get("name").textValue()).isEqualTo(HOSTILE);
        assertThat(data.get("args").get(0).textValue()).isEqualTo(HOSTILE);
        assertThat(data.get("args").get(1).get(0).textValue()).isEqualTo(HOSTILE);
        assertThat(data.get("args").get(2).isNull()).isTrue();
        assertThat(data.get("args").get(3).intValue()).isEqualTo(42);
    }

    @Test
    void longHostileTextIsEscapedToo() throws Exception {
        String text = HOSTILE.repeat(500);
        String frame = SioCodec.event("message", text);
        assertThat(frame).doesNotContain("\n", "\u0000", "\uD83D");
        assertThat(JSON.readTree(SioPacket.parse(frame).data()).get("args").get(0).textValue()).isEqualTo(text);
    }

    @Test
    void ack() {
        assertThat(SioCodec.ack("12")).isEqualTo("6:::12");
        assertThat(SioCodec.ack("12", "a\"b", 1)).isEqualTo("6:::12+[\"a\\\"b\",1]");
        SioPacket p = SioPacket.parse(SioCodec.ack("12", "x"));
        assertThat(p.ackTarget()).isEqualTo("12");
        assertThat(p.ackArgs()).isEqualTo("[\"x\"]");
        assertThatThrownBy(() -> SioCodec.ack("1+2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SioCodec.ack(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void singlePacketPayload() {
        assertThat(SioCodec.decodePayload("2::")).containsExactly(SioPacket.heartbeat());
    }

    @Test
    void framedPayloadRoundTrips() {
        List<SioPacket> packets = List.of(SioPacket.connect(), SioPacket.heartbeat(),
                SioPacket.of(SioPacketType.MESSAGE, "\ufffd5\ufffd not a frame \uD83D\uDE00"));
        String payload = SioCodec.encodePayload(packets);
        assertThat(payload).startsWith("\ufffd3\ufffd1::\ufffd3\ufffd2::\ufffd");
        assertThat(SioCodec.decodePayload(payload)).isEqualTo(packets);
        assertThat(SioCodec.encodePayload(List.of(SioPacket.noop()))).isEqualTo("8::");
    }

    @Test
    void malformedPayloads() {
        for (String bad : new String[] {"\ufffd", "\ufffd3", "\ufffd3\ufffd1:", "\ufffdx\ufffd1::",
                "\ufffd3\ufffd1::junk", "\ufffd99999999999999999999\ufffd1::"}) {
            assertThatThrownBy(() -> SioCodec.decodePayload(bad)).as(bad).isInstanceOf(SioDecodeException.class);
        }
    }
}
