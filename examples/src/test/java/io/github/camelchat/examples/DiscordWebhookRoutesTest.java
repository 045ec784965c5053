package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Discord route on its own, against {@link FakeDiscord}: the relayed lines arrive once each, in order. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordWebhookRoutesTest {

    private final DemoStats stats = new DemoStats();
    private FakeDiscord discord;
    private CamelContext camel;
    private ProducerTemplate relay;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty(DemoSettings.DISCORD_WEBHOOK_URL, discord.webhookUrl());
        camel.addRoutes(new RelayErrorHandling(stats));
        camel.addRoutes(new DiscordWebhookRoutes(stats));
        camel.start();
        relay = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
        discord.close();
    }

    @Test
    void rateLimitedPostsWaitAsToldAndEveryLineArrivesOnceInOrder() {
        // the second, third (its first retry) and sixth requests are answered 429
        discord.rateLimit(n -> Set.of(2, 3, 6).contains(n));
        List<String> lines = IntStream.rangeClosed(1, 8).mapToObj(i -> "line " + i).toList();

        lines.forEach(line -> relay.sendBody(RelayRoutes.DISCORD_QUEUE,
                RelayedChat.said(Game.MINECRAFT, "Steve", line)));

        await().atMost(Duration.ofSeconds(20)).until(() -> stats.relayedTo(DemoStats.DISCORD) == lines.size());
        assertThat(discord.accepted()).extracting(post -> post.path("content").asText())
                .containsExactlyElementsOf(lines);
        assertThat(discord.problems()).isEmpty();
        assertThat(stats.errors()).isZero();

        List<FakeDiscord.Request> requests = discord.requests();
        assertThat(requests).hasSize(lines.size() + 3);
        for (int i = 0; i < requests.size() - 1; i++) {
            FakeDiscord.Request request = requests.get(i);
            if (request.status() == 429) {
                FakeDiscord.Request retry = requests.get(i + 1);
                assertThat(retry.body()).as("the retry repeats the refused post").isEqualTo(request.body());
                assertThat(Duration.ofNanos(retry.nanoTime() - request.nanoTime()))
                        .as("the retry waited retry_after (%s s)", FakeDiscord.RETRY_AFTER_SECONDS)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(190));
            }
        }
    }

    @Test
    void postsAreWhatDiscordTakesAndCannotPingAnyone() {
        String longText = "x".repeat(2500);
        relay.sendBody(RelayRoutes.DISCORD_QUEUE,
                RelayedChat.said(Game.HITBOX, "ninja_cat", "@everyone *look* at <@123>"));
        relay.sendBody(RelayRoutes.DISCORD_QUEUE, RelayedChat.acted(Game.BATTLE_NET, "Raynor", "waves"));
        relay.sendBody(RelayRoutes.DISCORD_QUEUE, RelayedChat.said(Game.MINECRAFT, "discord_fan#1", longText));

        await().atMost(Duration.ofSeconds(10)).until(() -> discord.accepted().size() == 3);
        assertThat(discord.problems()).isEmpty();
        List<JsonNode> posts = discord.accepted();

        assertThat(posts.get(0).path("username").asText()).isEqualTo("ninja_cat [HB]");
        assertThat(posts.get(0).path("content").asText()).isEqualTo("@everyone \\*look\\* at \\<@123\\>");
        assertThat(posts.get(0).path("allowed_mentions").path("parse").isArray()).isTrue();
        assertThat(posts.get(0).path("allowed_mentions").path("parse")).isEmpty();

        assertThat(posts.get(1).path("username").asText()).isEqualTo("Raynor [BN]");
        assertThat(posts.get(1).path("content").asText()).isEqualTo("_waves_");

        // Discord refuses "discord" and "#" in a username, and content over 2000 characters
        assertThat(posts.get(2).path("username").asText()).isEqualTo("_fan1 [MC]");
        assertThat(posts.get(2).path("content").asText()).hasSize(2000).endsWith("x…");
    }

    @Test
    void aRefusedPostIsAnErrorAndTheNextOneStillGoes() {
        discord.refuse(post -> post.path("content").asText().equals("refuse me"));

        relay.sendBody(RelayRoutes.DISCORD_QUEUE, RelayedChat.said(Game.MINECRAFT, "Steve", "refuse me"));
        relay.sendBody(RelayRoutes.DISCORD_QUEUE, RelayedChat.said(Game.MINECRAFT, "Steve", "but take me"));

        await().atMost(Duration.ofSeconds(10)).until(() -> discord.accepted().size() == 1);
        assertThat(discord.accepted().get(0).path("content").asText()).isEqualTo("but take me");
        await().atMost(Duration.ofSeconds(5)).until(() -> stats.relayedTo(DemoStats.DISCORD) == 1);
        assertThat(stats.errors()).isEqualTo(1);
        assertThat(discord.requests()).as("a 400 is not retried").hasSize(2);
    }
}
