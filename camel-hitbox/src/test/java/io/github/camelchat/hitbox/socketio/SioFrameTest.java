package io.github.camelchat.hitbox.socketio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Parsing in place: offsets into the frame, the same packets and the same errors as {@link SioPacket#parse}. */
class SioFrameTest {

    @Test
    void eventWithEmptyData() {
        SioFrame f = SioFrame.parse("5:::");
        assertThat(f.type()).isEqualTo(SioPacketType.EVENT);
        assertThat(f.dataOffset()).isEqualTo(4);
        assertThat(f.dataLength()).isZero();
        assertThat(f.data()).isEmpty();
        assertThat(f.id()).isNull();
        assertThat(f.ackWithData()).isFalse();
        assertThat(f.endpoint()).isEmpty();
    }

    @Test
    void noThirdColonMeansNoData() {
        SioFrame f = SioFrame.parse("1::/chat");
        assertThat(f.endpoint()).isEqualTo("/chat");
        assertThat(f.dataOffset()).isEqualTo(8);
        assertThat(f.dataLength()).isZero();
        assertThat(f.data()).isEmpty();
        SioFrame heartbeat = SioFrame.parse("2::");
        assertThat(heartbeat.type()).isEqualTo(SioPacketType.HEARTBEAT);
        assertThat(heartbeat.endpoint()).isEmpty();
        assertThat(heartbeat.dataOffset()).isEqualTo(3);
        assertThat(SioFrame.parse("8:5:").id()).isEqualTo("5");
    }

    @Test
    void dataStartsAfterTheThirdColonAndKeepsItsColons() {
        String frame = "5:::{\"name\":\"message\",\"args\":[\"{\\\"a\\\":\\\"b:c\\\"}\"]}";
        SioFrame f = SioFrame.parse(frame);
        assertThat(f.frame()).isSameAs(frame);
        assertThat(f.dataOffset()).isEqualTo(4);
        assertThat(f.dataLength()).isEqualTo(frame.length() - 4);
        assertThat(f.data()).isEqualTo(frame.substring(4));
        SioFrame message = SioFrame.parse("3:::hello: world\n5:::x");
        assertThat(message.data()).isEqualTo("hello: world\n5:::x");
        assertThat(message.dataOffset()).isEqualTo(4);
    }

    @Test
    void idAckAndEndpoint() {
        SioFrame ack = SioFrame.parse("5:1+::{\"name\":\"x\"}");
        assertThat(ack.id()).isEqualTo("1");
        assertThat(ack.ackWithData()).isTrue();
        assertThat(ack.endpoint()).isEmpty();
        assertThat(ack.dataOffset()).isEqualTo(6);
        assertThat(ack.data()).isEqualTo("{\"name\":\"x\"}");

        SioFrame both = SioFrame.parse("5:123:/chat:{\"a\":\"1:2\"}");
        assertThat(both.id()).isEqualTo("123");
        assertThat(both.ackWithData()).isFalse();
        assertThat(both.endpoint()).isEqualTo("/chat");
        assertThat(both.dataOffset()).isEqualTo(12);
        assertThat(both.data()).isEqualTo("{\"a\":\"1:2\"}");

        SioFrame emptyAfterEndpoint = SioFrame.parse("5::/chat:");
        assertThat(emptyAfterEndpoint.endpoint()).isEqualTo("/chat");
        assertThat(emptyAfterEndpoint.dataLength()).isZero();
        assertThat(emptyAfterEndpoint.data()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0::", "0::/chat", "1::", "1::/chat:?a=b", "2::", "3:::hello: world", "3:1::x",
            "3:2+::multi\nline", "4:::{\"a\":1}", "4:1::[1,2]", "5:::", "5:::{\"name\":\"message\",\"args\":[]}",
            "5:12+::{\"name\":\"x\"}", "5:3:/chat:{\"name\":\"x\"}", "5:1+::", "5::/ns:a:b:c", "6:::140+[\"woot\"]",
            "7:::1+0", "7::/chat:0+0", "8::", "8:5:", "3:::", "3::::", "5:::\u00e9\ud83d\ude00"})
    void sameAsThePacketParser(String frame) {
        SioFrame f = SioFrame.parse(frame);
        SioPacket p = SioPacket.parse(frame);
        assertThat(f.toPacket()).isEqualTo(p);
        assertThat(f.type()).isEqualTo(p.type());
        assertThat(f.id()).isEqualTo(p.id());
        assertThat(f.ackWithData()).isEqualTo(p.ackWithData());
        assertThat(f.endpoint()).isEqualTo(p.endpoint());
        assertThat(f.data()).isEqualTo(p.data());
        assertThat(frame.substring(f.dataOffset())).isEqualTo(p.data());
        assertThat(f.dataLength()).isEqualTo(p.data().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "2:", "5:1", "9::", "x::", "12::", ":::", "5:1x::", "5:+::", "2:1+", "\u00005::",
            "hello"})
    void malformedFramesFailAsThePacketParserDoes(String frame) {
        Throwable packet = catchThrowable(() -> SioPacket.parse(frame));
        assertThatThrownBy(() -> SioFrame.parse(frame)).isInstanceOf(SioDecodeException.class)
                .hasMessage(packet.getMessage());
    }

    @Test
    void nullIsMalformed() {
        assertThatThrownBy(() -> SioFrame.parse(null)).isInstanceOf(SioDecodeException.class)
                .hasMessageContaining("no packet (null)");
    }
}
