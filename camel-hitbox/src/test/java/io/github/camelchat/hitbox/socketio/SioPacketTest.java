package io.github.camelchat.hitbox.socketio;

import io.github.camelchat.hitbox.model.Frames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SioPacketTest {

    @Test
    void disconnect() {
        assertThat(SioPacket.parse("0::")).isEqualTo(new SioPacket(SioPacketType.DISCONNECT, null, false, "", ""))
                .isEqualTo(SioPacket.disconnect());
        assertThat(SioPacket.parse("0::/chat")).isEqualTo(new SioPacket(SioPacketType.DISCONNECT, null, false,
                "/chat", ""));
    }

    @Test
    void connect() {
        assertThat(SioPacket.parse("1::")).isEqualTo(SioPacket.connect());
        SioPacket withQuery = SioPacket.parse("1::/chat:?a=b");
        assertThat(withQuery.endpoint()).isEqualTo("/chat");
        assertThat(withQuery.data()).isEqualTo("?a=b");
    }

    @Test
    void heartbeat() {
        SioPacket p = SioPacket.parse("2::");
        assertThat(p).isEqualTo(SioPacket.heartbeat());
        assertThat(p.type()).isEqualTo(SioPacketType.HEARTBEAT);
        assertThat(p.id()).isNull();
        assertThat(p.ackWithData()).isFalse();
        assertThat(p.endpoint()).isEmpty();
        assertThat(p.data()).isEmpty();
        assertThat(p.is(SioPacketType.HEARTBEAT)).isTrue();
        assertThat(p.wantsAck()).isFalse();
    }

    @Test
    void messageKeepsColonsAndNewlinesInData() {
        SioPacket p = SioPacket.parse("3:::hello: world\n5:::{\"x\":1}");
        assertThat(p.type()).isEqualTo(SioPacketType.MESSAGE);
        assertThat(p.data()).isEqualTo("hello: world\n5:::{\"x\":1}");
        SioPacket withId = SioPacket.parse("3:1::blabla");
        assertThat(withId.id()).isEqualTo("1");
        assertThat(withId.ackWithData()).isFalse();
        assertThat(withId.wantsAck()).isTrue();
    }

    @Test
    void json() {
        SioPacket p = SioPacket.parse("4:1::{\"a\":\"b\"}");
        assertThat(p.type()).isEqualTo(SioPacketType.JSON);
        assertThat(p.id()).isEqualTo("1");
        assertThat(p.data()).isEqualTo("{\"a\":\"b\"}");
    }

    @Test
    void eventWithAndWithoutDataAck() {
        SioPacket p = SioPacket.parse("5:::{\"name\":\"message\",\"args\":[\"{}\"]}");
        assertThat(p.type()).isEqualTo(SioPacketType.EVENT);
        assertThat(p.id()).isNull();
        assertThat(p.data()).isEqualTo("{\"name\":\"message\",\"args\":[\"{}\"]}");
        SioPacket ack = SioPacket.parse("5:12+::{\"name\":\"x\"}");
        assertThat(ack.id()).isEqualTo("12");
        assertThat(ack.ackWithData()).isTrue();
        assertThat(ack.data()).isEqualTo("{\"name\":\"x\"}");
        SioPacket onEndpoint = SioPacket.parse("5:3:/chat:{\"name\":\"x\"}");
        assertThat(onEndpoint.id()).isEqualTo("3");
        assertThat(onEndpoint.ackWithData()).isFalse();
        assertThat(onEndpoint.endpoint()).isEqualTo("/chat");
    }

    @Test
    void ack() {
        SioPacket p = SioPacket.parse("6:::140+[\"woot\",{\"a\":1}]");
        assertThat(p.type()).isEqualTo(SioPacketType.ACK);
        assertThat(p.ackTarget()).isEqualTo("140");
        assertThat(p.ackArgs()).isEqualTo("[\"woot\",{\"a\":1}]");
        SioPacket plain = SioPacket.parse("6:::4");
        assertThat(plain.ackTarget()).isEqualTo("4");
        assertThat(plain.ackArgs()).isNull();
        assertThatThrownBy(() -> SioPacket.heartbeat().ackTarget()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void errorNotHandshaken() {
        SioPacket p = SioPacket.parse(Frames.load("error-not-handshaken.txt"));
        assertThat(p.type()).isEqualTo(SioPacketType.ERROR);
        assertThat(p.data()).isEqualTo("1+0");
        SioError error = p.error();
        assertThat(error).isEqualTo(new SioError("1", "0"));
        assertThat(error.notHandshaken()).isTrue();
        assertThat(error.reconnectAdvised()).isTrue();
        assertThat(error.reasonText()).isEqualTo("client not handshaken");
        assertThat(SioPacket.parse("7:::2").error()).isEqualTo(new SioError("2", null));
        assertThat(SioPacket.parse("7:::2").error().reasonText()).isEqualTo("unauthorized");
        assertThat(SioPacket.parse("7:::0").error().reasonText()).isEqualTo("transport not supported");
        assertThat(SioPacket.parse("7:::").error().reasonText()).isEqualTo("unspecified");
        assertThat(SioPacket.parse("7::/chat:0+0").endpoint()).isEqualTo("/chat");
        assertThat(SioPacket.error("1", "0").encode()).isEqualTo("7:::1+0");
        assertThatThrownBy(() -> SioPacket.heartbeat().error()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noop() {
        assertThat(SioPacket.parse("8::")).isEqualTo(SioPacket.noop());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0::", "0::/chat", "1::", "1::/chat", "1::/chat:?a=b", "2::", "3:::hello: world",
            "3:1::x", "3:2+::multi\nline", "4:::{\"a\":1}", "4:1::[1,2]", "5:::{\"name\":\"message\",\"args\":[]}",
            "5:12+::{\"name\":\"x\"}", "5:3:/chat:{\"name\":\"x\"}", "6:::140+[\"woot\"]", "6:::4", "7:::1+0",
            "7:::2", "7::/chat:0+0", "8::", "8:5:", "0::/chat"})
    void canonicalPacketsRoundTrip(String frame) {
        SioPacket packet = SioPacket.parse(frame);
        assertThat(packet.encode()).isEqualTo(frame);
        assertThat(SioCodec.encode(packet)).isEqualTo(frame);
        assertThat(SioPacket.parse(packet.encode())).isEqualTo(packet);
        assertThat(SioCodec.decode(frame)).isEqualTo(packet);
    }

    @Test
    void everyTypeRoundTripsFromRecords() {
        for (SioPacketType type : SioPacketType.values()) {
            for (SioPacket p : new SioPacket[] {
                    SioPacket.of(type),
                    SioPacket.of(type, "data: with : colons"),
                    new SioPacket(type, "7", false, "/ns", ""),
                    new SioPacket(type, "8", true, "", "x")}) {
                assertThat(SioPacket.parse(p.encode())).as(p.encode()).isEqualTo(p);
            }
            assertThat(SioPacketType.ofCode(type.code())).isEqualTo(type);
        }
    }

    @Test
    void emptyDataAfterThirdColonIsNormalised() {
        SioPacket p = SioPacket.parse("3:::");
        assertThat(p.data()).isEmpty();
        assertThat(p.encode()).isEqualTo("3::");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "2:", "5:1", "9::", "x::", "12::", ":::", "5:1x::", "5:+::", "2:1+",
            "\u00005::"})
    void malformedPacketsThrowWithExcerpt(String frame) {
        assertThatThrownBy(() -> SioPacket.parse(frame))
                .isInstanceOfSatisfying(SioDecodeException.class, e -> {
                    assertThat(e.reason()).isNotBlank();
                    assertThat(e.excerpt().length()).isLessThanOrEqualTo(FrameExcerpt.MAX_LENGTH);
                    assertThat(e.getMessage()).startsWith("Cannot decode Socket.IO input: ");
                });
    }

    @Test
    void malformedReasons() {
        assertThatThrownBy(() -> SioPacket.parse("9::")).hasMessageContaining("unknown packet type");
        assertThatThrownBy(() -> SioPacket.parse("hello")).hasMessageContaining("no ':'");
        assertThatThrownBy(() -> SioPacket.parse("5:+::")).hasMessageContaining("without a message id");
        assertThatThrownBy(() -> SioPacket.parse("5:1x::")).hasMessageContaining("malformed message id");
        assertThatThrownBy(() -> SioPacket.parse(null)).isInstanceOf(SioDecodeException.class);
    }

    @Test
    void longMalformedPacketShowsOnlyAnExcerpt() {
        String frame = "Z:" + "x".repeat(10_000);
        assertThatThrownBy(() -> SioPacket.parse(frame))
                .isInstanceOfSatisfying(SioDecodeException.class, e -> {
                    assertThat(e.excerpt()).hasSizeLessThanOrEqualTo(120);
                    assertThat(e.getMessage().length()).isLessThan(300);
                });
    }

    @Test
    void constructorValidates() {
        assertThatThrownBy(() -> new SioPacket(SioPacketType.EVENT, "1a", false, "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SioPacket(SioPacketType.EVENT, null, true, "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SioPacket(SioPacketType.EVENT, null, false, "a:b", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SioPacket(null, null, false, "", ""))
                .isInstanceOf(NullPointerException.class);
        assertThat(new SioPacket(SioPacketType.EVENT, "", false, null, null))
                .isEqualTo(new SioPacket(SioPacketType.EVENT, null, false, "", ""));
        assertThatThrownBy(() -> SioPacketType.ofCode('9')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringIsShortAndMasksTokens() {
        String frame = "5:::{\"name\":\"message\",\"args\":[{\"method\":\"joinChannel\",\"params\":{\"channel\":\"c\","
                + "\"name\":\"n\",\"token\":\"SuperSecretToken123\",\"isAdmin\":false}}]}" + " ".repeat(500);
        String s = SioPacket.parse(frame).toString();
        assertThat(s).doesNotContain("SuperSecretToken123").contains("xxxxxx");
        assertThat(s.length()).isLessThan(140);
    }
}
