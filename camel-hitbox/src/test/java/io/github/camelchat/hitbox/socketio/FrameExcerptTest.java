package io.github.camelchat.hitbox.socketio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameExcerptTest {

    @Test
    void shortFrameIsShownWhole() {
        assertThat(FrameExcerpt.of("2::")).isEqualTo("2::");
        assertThat(FrameExcerpt.of("x".repeat(120), 119)).isEqualTo("x".repeat(120));
        assertThat(FrameExcerpt.of(null)).isEqualTo("<null>");
    }

    @Test
    void longFrameShowsAWindow() {
        String frame = "a".repeat(200) + "X" + "b".repeat(200);
        assertThat(FrameExcerpt.of(frame)).hasSize(120).startsWith("aaa").endsWith("\u2026");
        String window = FrameExcerpt.of(frame, 200);
        assertThat(window).hasSize(120).startsWith("\u2026").endsWith("\u2026").contains("X");
        assertThat(FrameExcerpt.of(frame, frame.length() - 1)).hasSize(120).endsWith("b");
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String frame = "\uD83D\uDE00".repeat(200);
        for (int offset : new int[] {-1, 100, 101, 250, 399}) {
            String body = FrameExcerpt.of(frame, offset).replace("\u2026", "");
            assertThat(body.length() % 2).isZero();
            assertThat(Character.isHighSurrogate(body.charAt(0))).isTrue();
        }
    }

    @Test
    void controlCharactersAreBlanked() {
        assertThat(FrameExcerpt.of("a\nb\tc\u0000d")).isEqualTo("a b c d");
    }

    @Test
    void tokensAreMaskedPlainAndDoubleEncoded() {
        assertThat(FrameExcerpt.of("{\"name\":\"n\",\"token\":\"s3cr3t-t0ken\"}"))
                .isEqualTo("{\"name\":\"n\",\"token\":\"xxxxxx\"}");
        assertThat(FrameExcerpt.of("[\"{\\\"token\\\":\\\"s3cr3t-t0ken\\\",\\\"authToken\\\" : \\\"abc\\\"}\"]"))
                .doesNotContain("s3cr3t", "abc").contains("\\\"token\\\":\\\"xxxxxx\\\"");
        assertThat(FrameExcerpt.of("{\"token\":null}")).isEqualTo("{\"token\":null}");
    }

    @Test
    void maskingKeepsTheWindowOnTheError() {
        String frame = "{\"token\":\"" + "s".repeat(300) + "\",\"x\":" + "y".repeat(100) + "ERROR" + "z".repeat(300);
        int offset = frame.indexOf("ERROR");
        String excerpt = FrameExcerpt.of(frame, offset);
        assertThat(excerpt).contains("ERROR").doesNotContain("sss");
    }
}
