package io.github.camelchat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.ChannelUser;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.Player;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay's routes at work: one app, without scripted life, against the three embedded simulators (and a fake
 * Discord); each test plays its own chat lines into the simulators and checks what the others received.
 *
 * <p>Where a line must <em>not</em> be relayed, the test sends a line that must be, from the same game, right after:
 * each game's events are handled in order and each destination is fed in order, so once the second line has arrived
 * the first would have arrived before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RelayRoutesTest {

    private static final Duration RELAYED = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private final AtomicInteger serial = new AtomicInteger();
    private FakeDiscord discord;
    private RunningRelay relay;
    private ChatboxSimulator chatbox;
    private CapiSimulator capi;
    private HitboxSimulator hitbox;
    private String capiBot;
    private String channel;

    @BeforeAll
    void startRelay() throws Exception {
        discord = new FakeDiscord();
        // Battle.net's rate limit is the relay's business in the demo; here it would only make the tests slow
        relay = RunningRelay.start(dir, Map.of("capi.send-interval", "100ms",
                "discord.webhook-url", discord.webhookUrl()));
        chatbox = relay.simulators().chatbox();
        capi = relay.simulators().capi();
        capi.setRateLimit(0, Duration.ofSeconds(10));
        hitbox = relay.simulators().hitbox();
        capiBot = relay.simulators().capiBot().toonName();
        channel = relay.app().settings().hitbox().channel();
    }

    @AfterAll
    void stopRelay() {
        if (relay != null) {
            relay.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    // ---------------------------------------------------------------- the six directions

    @Test
    void minecraftChatReachesBattleNetAndHitboxTaggedWithItsSender() {
        String text = unique("anyone selling diamonds?");

        minecraft("Steve", text);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInBattleNet()).contains("[MC] Steve: " + text);
            assertThat(saidInHitbox()).contains("[MC] Steve: " + text);
        });
    }

    @Test
    void battleNetChatReachesMinecraftAndHitboxTaggedWithItsSender() {
        String text = unique("anyone up for a 2v2?");

        battleNet("Raynor", text);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInMinecraft()).contains("[BN] Raynor: " + text);
            assertThat(saidInHitbox()).contains("[BN] Raynor: " + text);
        });
    }

    @Test
    void hitboxChatReachesMinecraftAndBattleNetTaggedWithItsSender() {
        String text = unique("what game is this?");

        hitbox("ninja_cat", text);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInMinecraft()).contains("[HB] ninja_cat: " + text);
            assertThat(saidInBattleNet()).contains("[HB] ninja_cat: " + text);
        });
    }

    @Test
    void actionsAndDiscordChatOnTheMinecraftServerAreRelayedToo() {
        String emote = unique("waves");
        String action = unique("dances");
        String discordLine = unique("I'll be on later");

        capi.emote(capi.join(capi.user("Kerrigan")), emote);
        hitbox.me(viewer("pixelpaul"), channel, action);
        chatbox.discordChat("jeb_", discordLine);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInMinecraft()).contains("[BN] * Kerrigan " + emote, "[HB] * pixelpaul " + action);
            assertThat(saidInHitbox()).contains("[MC] jeb_: " + discordLine);
            assertThat(saidInBattleNet()).contains("[MC] jeb_: " + discordLine);
        });
    }

    @Test
    void relayedChatIsAlsoPostedToDiscord() {
        String text = unique("nice build at spawn");

        minecraft("Alex", text);

        await().atMost(RELAYED).untilAsserted(() -> assertThat(discord.accepted())
                .anySatisfy(post -> {
                    assertThat(post.path("username").asText()).isEqualTo("Alex [MC]");
                    assertThat(post.path("content").asText()).isEqualTo(text);
                }));
        assertThat(discord.problems()).isEmpty();
    }

    // ---------------------------------------------------------------- loop prevention

    @Test
    void aRelayedLineDoesNotComeBack() {
        String text = unique("round trip?");

        minecraft("Steve", text);
        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInBattleNet()).contains("[MC] Steve: " + text);
            assertThat(saidInHitbox()).contains("[MC] Steve: " + text);
        });
        // the hitbox echo of the relayed line would reach Minecraft and Battle.net through hitbox's queue
        String barrier = unique("after the echo");
        hitbox("ninja_cat", barrier);
        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInMinecraft()).contains("[HB] ninja_cat: " + barrier);
            assertThat(saidInBattleNet()).contains("[HB] ninja_cat: " + barrier);
        });

        assertThat(saidInMinecraft()).noneMatch(line -> line.contains(text));
        assertThat(saidInBattleNet()).filteredOn(line -> line.contains(text)).hasSize(1);
        assertThat(saidInHitbox()).filteredOn(line -> line.contains(text)).hasSize(1);
    }

    @Test
    void theBotsOwnUntaggedLinesAreNotRelayed() {
        String say = unique("a line of the bot's own");
        String emote = unique("bows");
        String chat = unique("the bot chatting");

        // each completes once the game has the line, its echo already on the way to the bot
        relay.send(ChatboxRoutes.SAYS_OUT, say);
        relay.send(CapiRoutes.MESSAGES_OUT.replace("operation=sendMessage", "operation=sendEmote"), emote);
        relay.send(HitboxRoutes.CHAT_OUT, chat);
        String barrier = unique("barrier");
        minecraft("Steve", barrier);
        battleNet("Raynor", barrier);
        hitbox("ninja_cat", barrier);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInMinecraft()).contains("[BN] Raynor: " + barrier, "[HB] ninja_cat: " + barrier);
            assertThat(saidInBattleNet()).contains("[MC] Steve: " + barrier, "[HB] ninja_cat: " + barrier);
            assertThat(saidInHitbox()).contains("[MC] Steve: " + barrier, "[BN] Raynor: " + barrier);
        });
        assertThat(saidInMinecraft()).noneMatch(line -> line.contains(emote) || line.contains(chat));
        assertThat(saidInBattleNet()).noneMatch(line -> line.contains(say) || line.contains(chat));
        assertThat(saidInHitbox()).noneMatch(line -> line.contains(say) || line.contains(emote));
    }

    @Test
    void textThatAlreadyCarriesATagIsNotRelayedAgain() {
        String fake = unique("[MC] Notch: I pretend to be relayed");

        battleNet("Zeratul", fake);
        hitbox("pixelpaul", "[BN] " + fake);
        String barrier = unique("barrier");
        battleNet("Zeratul", barrier);
        hitbox("pixelpaul", barrier);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInMinecraft()).contains("[BN] Zeratul: " + barrier, "[HB] pixelpaul: " + barrier);
            assertThat(saidInHitbox()).contains("[BN] Zeratul: " + barrier);
        });
        assertThat(saidInMinecraft()).noneMatch(line -> line.contains("I pretend"));
        assertThat(saidInHitbox()).noneMatch(line -> line.contains("I pretend"));
        assertThat(saidInBattleNet()).noneMatch(line -> line.contains("I pretend"));
    }

    // ---------------------------------------------------------------- commands

    @Test
    void backslashPingInMinecraftIsAnsweredByTell() {
        Player alex = Player.named("Alex");
        chatbox.join(alex);

        chatbox.chat(alex, "\\ping");

        await().atMost(RELAYED).untilAsserted(() -> assertThat(chatbox.inbox(alex)).contains("[CB PM] RelayBot: pong"));
    }

    @Test
    void bangPingOnBattleNetIsAnsweredInTheChannelAndNotRelayed() {
        battleNet("Kerrigan", "!ping");

        await().atMost(RELAYED).untilAsserted(() -> assertThat(saidInBattleNet()).contains("pong, Kerrigan"));
        String barrier = unique("barrier");
        battleNet("Kerrigan", barrier);
        await().atMost(RELAYED).untilAsserted(() -> assertThat(saidInMinecraft())
                .contains("[BN] Kerrigan: " + barrier));
        assertThat(saidInMinecraft()).noneMatch(line -> line.contains("!ping"));
    }

    @Test
    void bangPingOnHitboxIsAnsweredInChat() {
        hitbox("StreamFan42", "!ping");

        await().atMost(RELAYED).untilAsserted(() -> assertThat(saidInHitbox()).contains("@StreamFan42 pong"));
    }

    @Test
    void aWhisperToTheBattleNetBotIsAnsweredByWhisper() {
        ChannelUser raynor = capi.join(capi.user("Raynor"));

        capi.whisperBot(raynor, "hi bot, what are you?");
        capi.whisperBot(raynor, "!ping");

        await().atMost(RELAYED).untilAsserted(() -> assertThat(capi.whispersTo(raynor))
                .containsSubsequence(BotCommands.WHISPER_HELP, "pong"));
        assertThat(saidInMinecraft()).noneMatch(line -> line.contains("what are you"));
    }

    // ---------------------------------------------------------------- limits and failures

    @Test
    void longLinesAreCutToEachGamesLimitWithAnEllipsis() {
        // 4 bytes per character in UTF-8, and a surrogate pair in UTF-16: the worst case for a cut
        String longText = unique("long") + " " + "🐫".repeat(600);

        minecraft("Steve", longText);
        battleNet("Raynor", longText);

        await().atMost(RELAYED).untilAsserted(() -> {
            assertThat(saidInBattleNet()).anySatisfy(line -> {
                assertThat(line).startsWith("[MC] Steve: " + longText.substring(0, 10)).endsWith("…");
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(254);
            });
            assertThat(saidInHitbox()).anySatisfy(line -> assertThat(line)
                    .startsWith("[MC] Steve: " + longText.substring(0, 10)).endsWith("🐫…")
                    .hasSizeLessThanOrEqualTo(300));
            assertThat(saidInMinecraft()).anySatisfy(line -> assertThat(line)
                    .startsWith("[BN] Raynor: " + longText.substring(0, 10)).endsWith("🐫…")
                    .hasSizeLessThanOrEqualTo(1024));
        });
    }

    @Test
    void aLineHitboxRefusesIsCountedAsAnErrorAndTheRelayGoesOn() {
        long errorsBefore = relay.stats().errors();
        String same = unique("same again");

        // relayed twice, the line is the same twice in a row: hitbox does not take a repeat
        minecraft("Notch", same);
        minecraft("Notch", same);
        String next = unique("and something else");
        minecraft("Notch", next);

        await().atMost(RELAYED).untilAsserted(() -> assertThat(saidInHitbox()).contains("[MC] Notch: " + next));
        assertThat(saidInHitbox()).filteredOn(line -> line.equals("[MC] Notch: " + same)).hasSize(1);
        assertThat(saidInBattleNet()).filteredOn(line -> line.equals("[MC] Notch: " + same)).hasSize(2);
        assertThat(relay.stats().errors()).isEqualTo(errorsBefore + 1);
    }

    // ---------------------------------------------------------------- journal and counts

    @Test
    void theJournalHasEveryEventAsJsonWithItsSourceAndTheCountsAgree() throws Exception {
        minecraft("Steve", unique("for the journal"));
        battleNet("Raynor", unique("for the journal"));
        hitbox("ninja_cat", unique("for the journal"));

        await().atMost(RELAYED).untilAsserted(() -> {
            List<JsonNode> journal = readJournal();
            assertThat(journal).extracting(line -> line.path("source").asText())
                    .contains("chatbox", "capi", "hitbox")
                    .allMatch(source -> List.of("chatbox", "capi", "hitbox").contains(source));
            assertThat(journal).allSatisfy(line -> {
                assertThat(line.path("type").asText()).isNotEmpty();
                assertThat(line.path("event").isObject()).isTrue();
            });
            for (String source : List.of("chatbox", "capi", "hitbox")) {
                assertThat(journal.stream().filter(line -> line.path("source").asText().equals(source)).count())
                        .as("%s events in the journal and in the summary", source)
                        .isEqualTo(relay.stats().eventsIn(source));
            }
        });
        List<JsonNode> journal = readJournal();
        assertThat(journal).anySatisfy(line -> {
            assertThat(line.path("source").asText()).isEqualTo("chatbox");
            assertThat(line.path("type").asText()).isEqualTo("chat_ingame");
            assertThat(line.path("event").path("event").asText()).isEqualTo("chat_ingame");
            assertThat(line.path("event").path("user").path("name").asText()).isEqualTo("Steve");
        });
        assertThat(journal).anySatisfy(line -> {
            assertThat(line.path("source").asText()).isEqualTo("capi");
            assertThat(line.path("type").asText()).isEqualTo("message");
            assertThat(line.path("user").asText()).isEqualTo("Raynor");
            assertThat(line.path("event").path("type").asText()).isEqualTo("Channel");
        });
        assertThat(journal).anySatisfy(line -> {
            assertThat(line.path("source").asText()).isEqualTo("hitbox");
            assertThat(line.path("type").asText()).isEqualTo("chatMsg");
            assertThat(line.path("event").path("name").asText()).isEqualTo("ninja_cat");
        });
    }

    // ---------------------------------------------------------------- helpers

    private String unique(String text) {
        return text + " #" + serial.incrementAndGet();
    }

    private void minecraft(String player, String text) {
        Player p = Player.named(player);
        chatbox.join(p);
        chatbox.chat(p, text);
    }

    private void battleNet(String toon, String text) {
        capi.say(capi.join(capi.user(toon)), text);
    }

    private void hitbox(String name, String text) {
        hitbox.chat(viewer(name), channel, text);
    }

    private Viewer viewer(String name) {
        Viewer viewer = Viewer.anon(name);
        hitbox.joinViewer(viewer, channel);
        return viewer;
    }

    /** What the bot said in Minecraft's public chat, as sent. */
    private List<String> saidInMinecraft() {
        return chatbox.deliveries().stream().filter(d -> "say".equals(d.type())).map(Delivery::rawText).toList();
    }

    /** What the bot said in the Battle.net channel, messages and emotes. */
    private List<String> saidInBattleNet() {
        return capi.channelLog().stream().filter(line -> line.toonName().equals(capiBot)).map(l -> l.text()).toList();
    }

    /** What the bot said in the hitbox channel. */
    private List<String> saidInHitbox() {
        String bot = relay.app().settings().hitbox().name();
        return hitbox.chatLog(channel).stream().filter(line -> line.name().equalsIgnoreCase(bot)).map(l -> l.text())
                .toList();
    }

    private List<JsonNode> readJournal() throws Exception {
        Path journal = relay.app().settings().journal();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("journal line %s", line).isTrue();
            lines.add(node);
        }
        return lines;
    }
}
