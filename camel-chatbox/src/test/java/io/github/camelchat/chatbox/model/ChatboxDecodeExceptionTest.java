package io.github.camelchat.chatbox.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatboxDecodeExceptionTest {

    @Test
    void shortFrameIsShownWhole() {
        assertThat(ChatboxDecodeException.excerpt("{\"a\":1}", -1)).isEqualTo("{\"a\":1}");
        assertThat(ChatboxDecodeException.excerpt("x".repeat(120), 119)).isEqualTo("x".repeat(120));
        assertThat(ChatboxDecodeException.excerpt(null, -1)).isEqualTo("<null>");
    }

    @Test
    void longFrameWithoutOffsetShowsItsStart() {
        String frame = "0123456789".repeat(50);
        String excerpt = ChatboxDecodeException.excerpt(frame, -1);
        assertThat(excerpt).hasSize(120).startsWith("0123").endsWith("\u2026");
        assertThat(frame).startsWith(excerpt.substring(0, 119));
    }

    @Test
    void longFrameWithOffsetShowsAWindow() {
        String frame = "a".repeat(200) + "X" + "b".repeat(200);
        String excerpt = ChatboxDecodeException.excerpt(frame, 200);
        assertThat(excerpt).hasSize(120).startsWith("\u2026").endsWith("\u2026").contains("X");
        String end = ChatboxDecodeException.excerpt(frame, frame.length() - 1);
        assertThat(end).hasSize(120).startsWith("\u2026").endsWith("b");
        String nearStart = ChatboxDecodeException.excerpt(frame, 10);
        assertThat(nearStart).startsWith("aaa").endsWith("\u2026");
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String emoji = "\uD83D\uDE00";
        String frame = emoji.repeat(200);
        for (int offset : new int[] {-1, 100, 101, 250, 399}) {
            String excerpt = ChatboxDecodeException.excerpt(frame, offset);
            assertThat(excerpt.length()).isLessThanOrEqualTo(120);
            String body = excerpt.replace("\u2026", "");
            assertThat(body.length() % 2).as("offset %d", offset).isZero();
            assertThat(Character.isHighSurrogate(body.charAt(0))).isTrue();
        }
    }

    @Test
    void controlCharactersAreBlanked() {
        assertThat(ChatboxDecodeException.excerpt("a\nb\tc\u0000d", -1)).isEqualTo("a b c d");
    }

    @Test
    void messageHasReasonAndExcerpt() {
        ChatboxDecodeException e = new ChatboxDecodeException("bad", "{\"x\":1}", null);
        assertThat(e.getMessage()).isEqualTo("Cannot decode chatbox frame: bad [frame: {\"x\":1}]");
        assertThat(e.reason()).isEqualTo("bad");
        assertThat(e.excerpt()).isEqualTo("{\"x\":1}");
    }
}
