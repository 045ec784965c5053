package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @Test
    void defaultsRunThirtySecondsWithEveryGameSimulated() {
        DemoSettings settings = DemoSettings.from(Map.<String, String>of()::get);

        assertThat(settings.chatbox().hasCredentials()).isFalse();
        assertThat(settings.capi().hasCredentials()).isFalse();
        assertThat(settings.hitbox().hasCredentials()).isFalse();
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.chatbox().url()).isEqualTo("wss://chat.reconnected.cc/v2");
        assertThat(settings.capi().url()).isEqualTo("wss://connect-bot.classic.blizzard.com/v1/rpc/chat");
        assertThat(settings.hitbox().serversUrl()).isEqualTo("https://api.hitbox.tv/chat/servers");
        assertThat(settings.hitbox().channel()).isEqualTo("camelchat");
        assertThat(settings.discordWebhookUrl()).isNull();
        assertThat(settings.scriptedLife()).isTrue();
        // Path.endsWith, not AssertJ's: that one resolves the real path and needs the file to exist
        assertThat(settings.journal().endsWith(Path.of("target", "chat-journal.jsonl"))).isTrue();
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
        assertThat(settings.chatbox().name()).isEqualTo("ArgBot");
        // application.properties ships every credential empty
        assertThat(settings.chatbox().hasCredentials()).isFalse();
        assertThat(settings.capi().hasCredentials()).isFalse();
        assertThat(settings.hitbox().hasCredentials()).isFalse();
        assertThat(settings.capiSendInterval()).isEqualTo(Duration.ofMillis(2100));
    }

    @Test
    void environmentVariablesAreTheKeysInUpperCase() {
        assertThat(DemoSettings.environmentName("chatbox.license-key")).isEqualTo("CHATBOX_LICENSE_KEY");
        assertThat(DemoSettings.environmentName("capi.api-key")).isEqualTo("CAPI_API_KEY");
        assertThat(DemoSettings.environmentName("hitbox.name")).isEqualTo("HITBOX_NAME");
        assertThat(DemoSettings.environmentName("hitbox.token")).isEqualTo("HITBOX_TOKEN");
        assertThat(DemoSettings.environmentName("discord.webhook-url")).isEqualTo("DISCORD_WEBHOOK_URL");
    }

    @Test
    void hitboxNeedsBothANameAndAToken() {
        assertThat(DemoSettings.from(Map.of("hitbox.name", "Streamer")::get).hitbox().hasCredentials()).isFalse();
        assertThat(DemoSettings.from(Map.of("hitbox.token", "t0k3n")::get).hitbox().hasCredentials()).isTrue();
        assertThat(DemoSettings.from(Map.of("hitbox.name", " ", "hitbox.token", "t0k3n")::get).hitbox().name())
                .as("a blank name falls back to the default bot name").isEqualTo("RelayBot");
    }

    @Test
    void credentialsNeverShowInToString() {
        DemoSettings settings = DemoSettings.from(Map.of(
                "chatbox.license-key", "secret-license",
                "capi.api-key", "secret-api-key",
                "hitbox.name", "Streamer", "hitbox.token", "secret-token",
                "discord.webhook-url", "https://discord.com/api/webhooks/1/secret-webhook")::get);

        assertThat(settings.chatbox().hasCredentials()).isTrue();
        assertThat(settings.capi().hasCredentials()).isTrue();
        assertThat(settings.hitbox().hasCredentials()).isTrue();
        assertThat(settings.toString()).doesNotContain("secret");
        assertThat(settings.chatbox().toString()).doesNotContain("secret");
        assertThat(settings.capi().toString()).doesNotContain("secret");
        assertThat(settings.hitbox().toString()).doesNotContain("secret");
    }
}
