package io.github.camelchat.hitbox.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitboxCodecMalformedTest {

    private static final HitboxCodec CODEC = new HitboxCodec();

    private static HitboxDecodeException fail(String data) {
        try {
            CODEC.decodeEvent(data);
        } catch (HitboxDecodeException e) {
            assertThat(e.excerpt().length()).isLessThanOrEqualTo(HitboxDecodeException.MAX_EXCERPT_LENGTH);
            assertThat(e.getMessage()).startsWith("Cannot decode hitbox message: ").contains(e.reason());
            assertThat(e.getMessage().length()).isLessThan(400);
            return e;
        }
        throw new AssertionError("no exception for " + data);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "\"x\"", "null", "{", "{\"name\":\"message\"",
            "{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\"}]} trailing",
            "{\"args\":[{\"method\":\"chatMsg\"}]}",
            "{\"name\":\"other\",\"args\":[{\"method\":\"chatMsg\"}]}",
            "{\"name\":5,\"args\":[]}",
            "{\"name\":\"message\"}",
            "{\"name\":\"message\",\"args\":{}}",
            "{\"name\":\"message\",\"args\":[]}",
            "{\"name\":\"message\",\"args\":[42]}",
            "{\"name\":\"message\",\"args\":[null]}",
            "{\"name\":\"message\",\"args\":[\"not json\"]}",
            "{\"name\":\"message\",\"args\":[\"[1]\"]}",
            "{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"x\\\"} trailing\"]}",
            "{\"name\":\"message\",\"args\":[{\"params\":{}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":7}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"\"}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":[1]}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"time\":{}}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"time\":\"yesterday\"}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"isFollower\":\"maybe\"}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"text\":{\"a\":1}}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"slowMsg\",\"params\":{\"slowTime\":\"ten\"}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"slowMsg\",\"params\":{\"slowTime\":1.5}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"userList\",\"params\":{\"data\":{\"Guests\":[]}}}]}",
            "{\"name\":\"message\",\"args\":[{\"method\":\"banList\",\"params\":{\"data\":[{\"a\":1}]}}]}",
            "{\"name\":\"message\",\"args\":[{\"params\":{\"time\":[]},\"method\":\"chatMsg\"}]}"})
    void malformedEventsThrow(String data) {
        fail(data);
    }

    @Test
    void reasonsAreClear() {
        assertThat(fail("[]").reason()).contains("must be a JSON object");
        assertThat(fail("{\"name\":\"message\"}").reason()).contains("no 'args'");
        assertThat(fail("{\"args\":[{\"method\":\"x\"}]}").reason()).contains("no 'name'");
        assertThat(fail("{\"name\":\"other\",\"args\":[{\"method\":\"x\"}]}").reason())
                .contains("unexpected event name \"other\"");
        assertThat(fail("{\"name\":\"message\",\"args\":[]}").reason()).contains("'args' is empty");
        assertThat(fail("{\"name\":\"message\",\"args\":[42]}").reason())
                .contains("args[0] must be a message object or a JSON string but was a number");
        assertThat(fail("{\"name\":\"message\",\"args\":[{\"params\":{}}]}").reason()).contains("no 'method'");
        assertThat(fail("{\"name\":\"message\",\"args\":[\"oops\"]}").reason())
                .startsWith("in the string-encoded args[0]: ");
        assertThat(fail("{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"time\":\"yesterday\"}}]}")
                .reason()).contains("\"yesterday\"").contains("(at time)");
        assertThat(fail("{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"isFollower\":\"maybe\"}}]}")
                .reason()).contains("Not a boolean").contains("(at isFollower)");
    }

    @Test
    void excerptOfTheInnerStringIsShownAroundTheError() {
        String inner = "{\"method\":\"chatMsg\",\"params\":{\"text\":\"" + "a".repeat(500) + "\",\"time\":\"BAD\","
                + "\"name\":\"" + "b".repeat(500) + "\"}}";
        HitboxDecodeException e = fail(Frames.serverEvent(inner));
        assertThat(e.excerpt()).hasSizeLessThanOrEqualTo(120).contains("BAD").doesNotContain("\\\"");
        assertThat(e.getMessage()).doesNotContain("a".repeat(60), "b".repeat(60));
    }

    @Test
    void hugeValuesAreNotQuotedInFull() {
        String huge = "x".repeat(10_000);
        HitboxDecodeException e = fail("{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{"
                + "\"time\":\"" + huge + "\"}}]}");
        assertThat(e.getMessage().length()).isLessThan(400);
        assertThat(e.getCause()).isNull();
        HitboxDecodeException syntax = fail("{\"name\":\"message\",\"args\":[" + huge + "]}");
        assertThat(syntax.getMessage().length()).isLessThan(400);
        Throwable cause = syntax.getCause();
        if (cause != null) {
            assertThat(cause.getMessage().length()).isLessThan(400);
        }
    }

    @Test
    void tokensInFramesAreMaskedInExcerpts() {
        HitboxDecodeException e = fail("{\"name\":\"message\",\"args\":[{\"method\":\"joinChannel\",\"params\":{"
                + "\"token\":\"SuperSecretToken\",\"channel\":\"c\"}}], broken");
        assertThat(e.getMessage()).doesNotContain("SuperSecretToken");
        HitboxDecodeException inner = fail(Frames.serverEvent("{\"method\":\"joinChannel\",\"params\":{"
                + "\"token\":\"SuperSecretToken\"}} trailing"));
        assertThat(inner.getMessage()).doesNotContain("SuperSecretToken");
    }

    @Test
    void decodeMessageAndTreeErrors() {
        assertThatThrownBy(() -> CODEC.decodeMessage("[1]")).isInstanceOf(HitboxDecodeException.class);
        assertThatThrownBy(() -> CODEC.decodeMessage("{\"params\":{}}")).isInstanceOf(HitboxDecodeException.class);
        assertThatThrownBy(() -> CODEC.decode(CODEC.mapper().createArrayNode()))
                .isInstanceOf(HitboxDecodeException.class);
        assertThatThrownBy(() -> CODEC.decode(CODEC.mapper().createObjectNode()))
                .isInstanceOf(HitboxDecodeException.class).hasMessageContaining("no 'method'");
        assertThatThrownBy(() -> CODEC.decodeEvent(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void exceptionRecordsReasonAndExcerpt() {
        HitboxDecodeException e = new HitboxDecodeException("bad", "{\"x\":1}", null);
        assertThat(e.getMessage()).isEqualTo("Cannot decode hitbox message: bad [frame: {\"x\":1}]");
        assertThat(e.reason()).isEqualTo("bad");
        assertThat(e.excerpt()).isEqualTo("{\"x\":1}");
    }
}
