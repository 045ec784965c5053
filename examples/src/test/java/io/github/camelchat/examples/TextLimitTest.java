package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextLimitTest {

    @Test
    void textThatFitsIsLeftAlone() {
        assertThat(TextLimit.chars(10).fit("0123456789")).isEqualTo("0123456789");
        assertThat(TextLimit.utf8Bytes(4).fit("🐫")).isEqualTo("🐫");
    }

    @Test
    void longerTextIsCutWithAnEllipsisWithinTheLimit() {
        assertThat(TextLimit.chars(10).fit("01234567890")).isEqualTo("012345678…").hasSize(10);
        assertThat(TextLimit.chars(10).fit("hello     world")).as("no blanks before the ellipsis")
                .isEqualTo("hello…");
    }

    @Test
    void aByteLimitCountsUtf8AndNeverSplitsACharacter() {
        String camels = "🐫".repeat(100);
        String fitted = TextLimit.utf8Bytes(254).fit(camels);

        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(254);
        assertThat(fitted).isEqualTo("🐫".repeat(62) + "…");
        assertThat(TextLimit.utf8Bytes(254).fit("é".repeat(200))).isEqualTo("é".repeat(125) + "…");
    }

    @Test
    void aCharacterLimitNeverSplitsASurrogatePair() {
        String fitted = TextLimit.chars(6).fit("ab🐫🐫🐫");

        assertThat(fitted).isEqualTo("ab🐫…");
    }

    @Test
    void eachGameHasItsLimit() {
        Map<Game, Integer> lengths = Map.of(Game.MINECRAFT, 1024, Game.HITBOX, 300);
        lengths.forEach((game, max) -> assertThat(RelayText.fit("x".repeat(5000), game.source())).hasSize(max));
        assertThat(RelayText.fit("x".repeat(5000), "capi").getBytes(StandardCharsets.UTF_8)).hasSize(254);
    }

    @Test
    void discordWaitsAsItsAnswerSays() {
        assertThat(DiscordResponse.waitMillis("{\"retry_after\": 0.2, \"global\": false}", Map.of("Retry-After", "1")))
                .as("the body's fraction of a second wins over the rounded header").isEqualTo(200);
        assertThat(DiscordResponse.waitMillis("{\"message\": \"slow down\"}", Map.of("retry-after", "3")))
                .isEqualTo(3000);
        assertThat(DiscordResponse.waitMillis("<html>", Map.of())).isEqualTo(1000);
        assertThat(DiscordResponse.waitMillis("{\"retry_after\": 3600}", Map.of())).isEqualTo(60_000);
    }
}
