package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @Test
    void defaultsRunThirtySecondsOnTheSimulator() {
        DemoSettings settings = DemoSettings.from(Map.<String, String>of()::get);

        assertThat(settings.realServer()).isFalse();
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.chatboxUrl()).isEqualTo("wss://chat.reconnected.cc/v2");
        assertThat(settings.journal()).endsWith(java.nio.file.Path.of("target", "chat-journal.jsonl"));
    }

    @Test
    void durationsReadLikeCamelOnes() {
        assertThat(DemoSettings.parseDuration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(DemoSettings.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DemoSettings.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DemoSettings.parseDuration("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(DemoSettings.parseDuration("PT1M5S")).isEqualTo(Duration.ofSeconds(65));
        assertThatThrownBy(() -> DemoSettings.parseDuration("soon")).hasMessageContaining("soon");
    }

    @Test
    void programArgumentsWinOverApplicationProperties() {
        DemoSettings settings = DemoSettings.load(new String[] {"--duration=3s", "--chatbox.name=ArgBot"});

        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.chatboxName()).isEqualTo("ArgBot");
    }

    @Test
    void theLicenseKeyNeverShowsInToString() {
        DemoSettings settings = DemoSettings.from(Map.of("chatbox.license-key", "secret-key")::get);

        assertThat(settings.realServer()).isTrue();
        assertThat(settings.toString()).doesNotContain("secret-key");
        assertThat(new ChatboxTarget("DemoBot", "wss://x/v2", "secret-key").toString()).doesNotContain("secret-key");
    }
}
