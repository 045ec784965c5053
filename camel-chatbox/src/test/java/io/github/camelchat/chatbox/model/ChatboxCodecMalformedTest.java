package io.github.camelchat.chatbox.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChatboxCodecMalformedTest {

    private static final ChatboxCodec CODEC = new ChatboxCodec();

    private static ChatboxDecodeException failure(String frame) {
        ChatboxDecodeException e = catchThrowableOfType(ChatboxDecodeException.class, () -> CODEC.decode(frame));
        assertThat(e).as("decoding %s should fail", frame).isNotNull();
        assertThat(e.excerpt().length()).isLessThanOrEqualTo(ChatboxDecodeException.MAX_EXCERPT_LENGTH);
        assertThat(e.getMessage()).contains(e.reason()).contains(e.excerpt());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "{",
        "{\"type\":\"ping\"",
        "{\"type\":\"ping\",}",
        "{type:\"ping\"}",
        "{'type':'ping'}",
        "nul",
        "hello",
        "{\"type\":\"ping\"} {\"type\":\"ping\"}",
        "{\"type\":\"ping\"}x",
        "null null",
    })
    void invalidJson(String frame) {
        failure(frame);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"type\":\"ping\"}]", "\"ping\"", "5", "true"})
    void nonObjectJson(String frame) {
        assertThat(failure(frame).reason()).contains("expected a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"ok\":true,\"id\":-1}", "{\"type\":null,\"event\":\"join\"}"})
    void missingType(String frame) {
        assertThat(failure(frame).reason()).contains("missing 'type'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":5}", "{\"type\":{\"a\":1}}", "{\"type\":[\"event\"]}", "{\"type\":true}"})
    void typeNotAString(String frame) {
        assertThat(failure(frame).reason()).contains("'type' must be a string");
    }

    @Test
    void wrongTypesInKnownFields() {
        assertThat(failure("{\"type\":\"players\",\"time\":5,\"players\":[]}").reason())
                .contains("'time'").contains("integer");
        assertThat(failure("{\"type\":\"players\",\"time\":\"2026-01-03T12:00:00Z\",\"players\":\"x\"}").reason())
                .contains("'players'");
        assertThat(failure("{\"type\":\"players\",\"players\":[\"x\"]}").reason()).isNotBlank();
        assertThat(failure("{\"type\":\"players\",\"time\":\"yesterday\"}").reason())
                .contains("'time' is not an ISO-8601 date-time");
        assertThat(failure("{\"type\":\"players\",\"time\":\"2026-13-03T12:00:00Z\"}").reason())
                .contains("'time'");
        assertThat(failure("{\"type\":\"event\",\"event\":\"join\",\"user\":\"Lemmmy\"}").reason())
                .contains("'user' must be a user object");
        assertThat(failure("{\"type\":\"event\",\"event\":\"join\",\"user\":{\"afk\":\"maybe\"}}").reason())
                .contains("user.afk");
        assertThat(failure("{\"type\":\"event\",\"event\":\"join\",\"user\":{\"supporter\":{}}}").reason())
                .contains("user.supporter");
        assertThat(failure("{\"type\":\"event\",\"event\":\"chat_discord\",\"discordUser\":{\"roles\":{}}}")
                .reason()).contains("discordUser.roles");
        assertThat(failure("{\"type\":\"event\",\"event\":\"command\",\"args\":\"a b\"}").reason())
                .contains("'args'");
        assertThat(failure("{\"type\":\"event\",\"event\":\"command\",\"args\":[\"a\",[\"b\"]]}").reason())
                .contains("'args'");
        assertThat(failure("{\"type\":\"event\",\"event\":\"command\",\"ownerOnly\":1}").reason())
                .contains("'ownerOnly'");
        assertThat(failure("{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":{\"a\":1}}").reason())
                .contains("'text'");
        assertThat(failure("{\"type\":\"success\",\"id\":\"seven\"}").reason()).contains("'id'");
        assertThat(failure("{\"type\":\"success\",\"id\":1.5}").reason()).contains("'id'");
        assertThat(failure("{\"type\":\"success\",\"id\":123456789012345678901234567890}").reason())
                .contains("'id'");
        assertThat(failure("{\"type\":\"event\",\"event\":\"server_restart_scheduled\",\"restartSeconds\":"
                + "99999999999}").reason()).contains("'restartSeconds'");
        assertThat(failure("{\"type\":\"event\",\"event\":{}}").reason()).contains("'event'");
        assertThat(failure("{\"type\":\"hello\",\"guest\":\"perhaps\"}").reason()).contains("'guest'");
    }

    @Test
    void nullJavaFrameIsRejected() {
        assertThatThrownBy(() -> CODEC.decode((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void excerptOfShortFrameIsTheFrame() {
        ChatboxDecodeException e = failure("{\"type\":5}");
        assertThat(e.excerpt()).isEqualTo("{\"type\":5}");
        assertThat(e.getMessage()).startsWith("Cannot decode chatbox frame: ");
    }

    @Test
    void controlCharactersAreNotCopiedIntoTheMessage() {
        ChatboxDecodeException e = failure("{\"type\":\n5}");
        assertThat(e.excerpt()).isEqualTo("{\"type\": 5}");
    }

    /** Long malformed frames of several kinds: no message in the cause chain may quote more than 120 chars. */
    @Test
    void neverLeaksMoreThan120CharsOfTheFrame() {
        String secret = "S3cr3t".repeat(100);  // 600 chars, distinctive
        List<String> frames = new ArrayList<>();
        frames.add("{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":\"" + secret + "\",\"time\":5}");
        frames.add("{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":\"" + secret + "\"");  // truncated
        frames.add("{\"type\":\"event\",\"text\":\"" + secret + "\",\"event\":\"join\",\"user\":{\"afk\":\""
                + secret + "\"}}");
        frames.add("{\"type\":\"event\",\"event\":\"join\",\"user\":{\"supporter\":\"" + secret + "\"}}");
        frames.add("{\"type\":\"event\",\"event\":\"join\",\"time\":\"" + secret + "\"}");
        frames.add("{\"type\":\"success\",\"id\":\"" + secret + "\"}");
        frames.add("{\"type\":\"players\",\"players\":[\"" + secret + "\"]}");
        frames.add(secret);
        frames.add("{\"text\":" + secret + "}");
        frames.add("{\"" + secret + "\":1}");
        frames.add("[\"" + secret + "\"]");
        frames.add("{\"type\":\"ping\"}" + secret);
        frames.add("{\"text\":\"" + secret + "\",\"type\":\"ping\"}" + secret);
        frames.add("{\"a\":\"" + secret + "\u0001\"}");  // raw control char inside a string
        for (String frame : frames) {
            ChatboxDecodeException e = failure(frame);
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                assertThat(longestCommonRun(message, frame))
                        .as("%s quotes too much of the frame: %s", t.getClass().getSimpleName(), message)
                        .isLessThanOrEqualTo(ChatboxDecodeException.MAX_EXCERPT_LENGTH);
                assertThat(t.toString().length()).as(message).isLessThan(600);
            }
        }
    }

    @Test
    void excerptIsTakenAroundTheErrorInLongFrames() {
        String frame = "{\"text\":\"" + "a".repeat(300) + "\",\"oops\" 1}";
        ChatboxDecodeException e = failure(frame);
        assertThat(e.excerpt()).startsWith("\u2026").contains("\"oops\" 1}");
        assertThat(e.excerpt().length()).isLessThanOrEqualTo(120);
    }

    /** Length of the longest substring of {@code frame} that occurs in {@code message}. */
    private static int longestCommonRun(String message, String frame) {
        int best = 0;
        int[] prev = new int[frame.length() + 1];
        int[] cur = new int[frame.length() + 1];
        for (int i = 1; i <= message.length(); i++) {
            for (int j = 1; j <= frame.length(); j++) {
                cur[j] = message.charAt(i - 1) == frame.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }
}
