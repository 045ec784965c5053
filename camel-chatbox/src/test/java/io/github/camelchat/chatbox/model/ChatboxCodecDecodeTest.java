package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ChatboxCodecDecodeTest {

    private static final ChatboxCodec CODEC = new ChatboxCodec();

    private static final String LEMMMY_UUID = "cdb33b76-a445-47a1-b13d-94f34e006243";
    private static final String YEMMEL_UUID = "07b382be-f2a8-4bf0-b9f5-c3a1b73c18c7";

    private static ChatboxPacket decode(String frameName) {
        return CODEC.decode(Frames.load(frameName));
    }

    private static OffsetDateTime time(String iso) {
        return OffsetDateTime.parse(iso);
    }

    // ---- packets ----

    @Test
    void helloFromDocs() {
        HelloPacket hello = (HelloPacket) decode("hello.json");
        assertThat(hello.type()).isEqualTo("hello");
        assertThat(hello.guest()).isFalse();
        assertThat(hello.licenseOwner()).isEqualTo("Yemmel");
        assertThat(hello.capabilities()).containsExactly("tell", "read", "command", "say");
        assertThat(hello.hasCapability("say")).isTrue();
        assertThat(hello.hasCapability("SAY")).isTrue();
        assertThat(hello.hasCapability("admin")).isFalse();
        ChatboxUser owner = hello.licenseOwnerUser();
        assertThat(owner.type()).isEqualTo("ingame");
        assertThat(owner.isIngame()).isTrue();
        assertThat(owner.name()).isEqualTo("Yemmel");
        assertThat(owner.uuid()).isEqualTo(YEMMEL_UUID);
        assertThat(owner.group()).isEqualTo("admin");
        assertThat(owner.pronouns()).isEqualTo("he/they");
        assertThat(owner.world()).isEqualTo("minecraft:overworld");
        assertThat(owner.afk()).isFalse();
        assertThat(owner.alt()).isFalse();
        assertThat(owner.bot()).isFalse();
        assertThat(owner.supporter()).isZero();
        assertThat(owner.linkedUser()).isNull();
        assertThat(owner.id()).isNull();
        assertThat(owner.roles()).isNull();
    }

    @Test
    void helloFromRccWithTypeLastAndNoPronouns() {
        HelloPacket hello = (HelloPacket) decode("hello-rcc.json");
        assertThat(hello.guest()).isFalse();
        assertThat(hello.licenseOwner()).isEqualTo("Lemmmy");
        assertThat(hello.capabilities()).containsExactlyInAnyOrder("read", "command", "tell");
        assertThat(hello.hasCapability("say")).isFalse();
        assertThat(hello.licenseOwnerUser().supporter()).isEqualTo(2);
        assertThat(hello.licenseOwnerUser().pronouns()).isNull();
        assertThat(hello.licenseOwnerUser().world()).isNull();
    }

    @Test
    void guestHello() {
        HelloPacket hello = (HelloPacket) decode("hello-guest.json");
        assertThat(hello).isEqualTo(new HelloPacket(true, null, null, java.util.List.of("read")));
    }

    @Test
    void playersFromDocsWithLinkedDiscordUser() {
        PlayersPacket players = (PlayersPacket) decode("players.json");
        assertThat(players.type()).isEqualTo("players");
        assertThat(players.time()).isEqualTo(time("2019-02-18T15:16:24Z"));
        assertThat(players.players()).hasSize(1);
        ChatboxUser yemmel = players.players().get(0);
        assertThat(yemmel.name()).isEqualTo("Yemmel");
        ChatboxUser linked = yemmel.linkedUser();
        assertThat(linked.isDiscord()).isTrue();
        assertThat(linked.id()).isEqualTo("478798120650670091");
        assertThat(linked.name()).isEqualTo("Lemmmy");
        assertThat(linked.displayName()).isEqualTo("remi");
        assertThat(linked.effectiveName()).isEqualTo("remi");
        assertThat(linked.discriminator()).isEqualTo("4600");
        assertThat(linked.avatar()).startsWith("https://cdn.discordapp.com/avatars/");
        assertThat(linked.roles()).containsExactly(new DiscordRole("198138742333112320", "Administrator", 15158332));
        assertThat(linked.linkedUser()).isNull();
    }

    @Test
    void playersFromRccWithMillisAndEscapes() {
        PlayersPacket players = (PlayersPacket) decode("players-rcc.json");
        assertThat(players.time()).isEqualTo(OffsetDateTime.of(2026, 1, 3, 12, 0, 0, 123_000_000, ZoneOffset.UTC));
        assertThat(players.players()).extracting(ChatboxUser::name).containsExactly("Lemmmy", "Yemmel");
        assertThat(players.players().get(1).displayName()).isEqualTo("<Y> Yemmel");
        assertThat(players.players().get(1).afk()).isTrue();
        assertThat(players.players().get(1).supporter()).isEqualTo(3);
    }

    @Test
    void emptyPlayers() {
        PlayersPacket players = (PlayersPacket) decode("players-empty.json");
        assertThat(players.players()).isEmpty();
    }

    @Test
    void success() {
        assertThat(decode("success.json")).isEqualTo(new SuccessPacket(1L, "message_sent"));
        SuccessPacket sent = (SuccessPacket) decode("success.json");
        assertThat(sent.isMessageSent()).isTrue();
        assertThat(sent.isMessageQueued()).isFalse();
    }

    @Test
    void successWithStringId() {
        SuccessPacket queued = (SuccessPacket) decode("success-rcc-string-id.json");
        assertThat(queued).isEqualTo(new SuccessPacket(7L, SuccessPacket.MESSAGE_QUEUED));
        assertThat(queued.isMessageQueued()).isTrue();
    }

    @Test
    void idVariants() {
        assertThat(CODEC.decode("{\"type\":\"success\",\"id\":\" 12 \"}")).isEqualTo(new SuccessPacket(12L, null));
        assertThat(CODEC.decode("{\"type\":\"success\",\"id\":12.0}")).isEqualTo(new SuccessPacket(12L, null));
        assertThat(CODEC.decode("{\"type\":\"success\",\"id\":-1}")).isEqualTo(new SuccessPacket(-1L, null));
        assertThat(CODEC.decode("{\"type\":\"success\",\"id\":9007199254740993}"))
                .isEqualTo(new SuccessPacket(9007199254740993L, null));
        assertThat(CODEC.decode("{\"type\":\"success\",\"id\":null}")).isEqualTo(new SuccessPacket(null, null));
        assertThat(CODEC.decode("{\"type\":\"success\"}")).isEqualTo(new SuccessPacket(null, null));
    }

    @Test
    void errors() {
        assertThat(decode("error.json")).isEqualTo(new ErrorPacket(3L, ErrorPacket.RATE_LIMITED,
                "You are sending too many messages, please slow down."));
        assertThat(decode("error-rcc.json")).isEqualTo(new ErrorPacket(-1L, "unknown_user",
                "That user is not online."));
    }

    @Test
    void closing() {
        ClosingPacket closing = (ClosingPacket) decode("closing.json");
        assertThat(closing.type()).isEqualTo("closing");
        assertThat(closing.closeReason()).isEqualTo("server_stopping");
        assertThat(closing.reason()).isEqualTo("Server is restarting, please reconnect in a few minutes");
    }

    @Test
    void ping() {
        assertThat(decode("ping.json")).isSameAs(PingPacket.INSTANCE);
        assertThat(CODEC.decode("{\"type\":\"ping\"}")).isEqualTo(new PingPacket());
    }

    @Test
    void literalNullFrameIsNull() {
        assertThat(CODEC.decode("null")).isNull();
        assertThat(CODEC.decode(" null\n")).isNull();
    }

    @Test
    void unknownType() {
        UnknownPacket packet = (UnknownPacket) decode("unknown-type.json");
        assertThat(packet.type()).isEqualTo("announcement");
        // "players" is a known field name with the wrong type, but irrelevant to an unknown packet
        assertThat(packet.raw().get("players").intValue()).isEqualTo(3);
        assertThat(packet.raw().get("motd").textValue()).isEqualTo("Welcome");
        assertThat(ChatboxEventType.of(packet)).isNull();
    }

    // ---- events ----

    @Test
    void ingameChatFromDocs() {
        IngameChatEvent chat = (IngameChatEvent) decode("event-chat_ingame.json");
        assertThat(chat.type()).isEqualTo("event");
        assertThat(chat.event()).isEqualTo("chat_ingame");
        assertThat(chat.text()).isEqualTo("Hello, world!");
        assertThat(chat.rawText()).isEqualTo("Hello, world!");
        assertThat(chat.renderedText().get("extra").get(0).get("text").textValue()).isEqualTo("Hello, world!");
        assertThat(chat.renderedText().get("text").textValue()).isEmpty();
        assertThat(chat.user().name()).isEqualTo("Lemmmy");
        assertThat(chat.user().uuid()).isEqualTo(LEMMMY_UUID);
        assertThat(chat.user().linkedUser().id()).isEqualTo("478798120650670091");
        assertThat(chat.user().linkedUser().roles()).isEmpty();
        assertThat(chat.senderName()).isEqualTo("Lemmmy");
        assertThat(chat.time()).isEqualTo(time("2022-07-12T18:54:01+01:00"));
        assertThat(chat.time().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(ChatboxEventType.of(chat)).isEqualTo(ChatboxEventType.CHAT_INGAME);
    }

    @Test
    void ingameChatFromRccWithEscapesAndTypeLast() {
        IngameChatEvent chat = (IngameChatEvent) decode("event-chat_ingame-rcc.json");
        assertThat(chat.text()).isEqualTo("1 < 2 & a=b isn't > 3");
        assertThat(chat.rawText()).isEqualTo("1 < 2 & a=b isn't > **3**");
        assertThat(chat.renderedText().get("extra").get(1).get("bold").booleanValue()).isTrue();
        assertThat(chat.time()).isEqualTo(OffsetDateTime.of(2026, 1, 3, 18, 54, 1, 250_000_000, ZoneOffset.UTC));
        assertThat(chat.user().pronouns()).isNull();
    }

    @Test
    void discordChatFromDocs() {
        DiscordChatEvent chat = (DiscordChatEvent) decode("event-chat_discord.json");
        assertThat(chat.event()).isEqualTo("chat_discord");
        assertThat(chat.text()).isEqualTo("Hello, world!");
        assertThat(chat.rawText()).isEqualTo("Hello, world!");
        assertThat(chat.renderedText().get("extra")).hasSize(1);
        assertThat(chat.discordId()).isEqualTo("996474482015350814");
        assertThat(chat.edited()).isFalse();
        assertThat(chat.time()).isEqualTo(time("2022-07-12T18:53:50+01:00"));
        ChatboxUser user = chat.discordUser();
        assertThat(chat.user()).isSameAs(user);
        assertThat(user.isDiscord()).isTrue();
        assertThat(user.id()).isEqualTo("478798120650670091");
        assertThat(user.name()).isEqualTo("Lemmmy");
        assertThat(user.displayName()).isEqualTo("remi");
        assertThat(user.discriminator()).isEqualTo("4600");
        assertThat(user.avatar()).endsWith(".png");
        assertThat(user.roles()).extracting(DiscordRole::name).containsExactly("Administrator");
        assertThat(user.linkedUser().uuid()).isEqualTo(LEMMMY_UUID);
        assertThat(chat.senderName()).isEqualTo("Lemmmy");
    }

    @Test
    void editedDiscordChatFromRcc() {
        DiscordChatEvent chat = (DiscordChatEvent) decode("event-chat_discord-edited-rcc.json");
        assertThat(chat.edited()).isTrue();
        assertThat(chat.discordId()).isEqualTo("1322334455667788990");
        assertThat(chat.discordUser().roles()).hasSize(2);
        assertThat(chat.discordUser().roles().get(1)).isEqualTo(new DiscordRole("198138742333112321", "Member", 0));
        assertThat(chat.discordUser().avatar()).isNull();
        assertThat(chat.senderName()).isEqualTo("lemmmy");
    }

    @Test
    void chatboxChat() {
        ChatboxChatEvent chat = (ChatboxChatEvent) decode("event-chat_chatbox.json");
        assertThat(chat.event()).isEqualTo("chat_chatbox");
        assertThat(chat.text()).isEqualTo("Hello, world!");
        assertThat(chat.rawText()).isEqualTo("Hello, world!");
        assertThat(chat.renderedText().get("text").textValue()).isEqualTo("Hello, world!");
        assertThat(chat.user().name()).isEqualTo("Yemmel");
        assertThat(chat.user().afk()).as("absent, not false").isNull();
        assertThat(chat.name()).isEqualTo("Example");
        assertThat(chat.rawName()).isEqualTo("Example");
        assertThat(chat.time()).isEqualTo(time("2022-07-12T19:05:28+01:00"));
    }

    @Test
    void command() {
        CommandEvent command = (CommandEvent) decode("event-command.json");
        assertThat(command.event()).isEqualTo("command");
        assertThat(command.user().name()).isEqualTo("Lemmmy");
        assertThat(command.command()).isEqualTo("example");
        assertThat(command.args()).containsExactly("arg1", "arg2", "arg3");
        assertThat(command.arg(0)).isEqualTo("arg1");
        assertThat(command.arg(3)).isNull();
        assertThat(command.ownerOnly()).isFalse();
        assertThat(command.time()).isEqualTo(time("2022-07-12T19:08:02+01:00"));
    }

    @Test
    void ownerOnlyCommandFromRcc() {
        CommandEvent command = (CommandEvent) decode("event-command-owner-rcc.json");
        assertThat(command.command()).isEqualTo("bank");
        assertThat(command.args()).isEmpty();
        assertThat(command.ownerOnly()).isTrue();
        assertThat(command.time()).isEqualTo(OffsetDateTime.of(2026, 1, 3, 19, 8, 2, 7_000_000, ZoneOffset.UTC));
    }

    @Test
    void joinAndLeave() {
        JoinEvent join = (JoinEvent) decode("event-join.json");
        assertThat(join.event()).isEqualTo("join");
        assertThat(join.user().name()).isEqualTo("Lemmmy");
        assertThat(join.time()).isEqualTo(time("2022-07-12T20:10:07+01:00"));
        LeaveEvent leave = (LeaveEvent) decode("event-leave.json");
        assertThat(leave.event()).isEqualTo("leave");
        assertThat(leave.user()).isEqualTo(join.user());
        assertThat(leave.time()).isEqualTo(join.time());
    }

    @Test
    void deathFromDocs() {
        DeathEvent death = (DeathEvent) decode("event-death.json");
        assertThat(death.event()).isEqualTo("death");
        assertThat(death.text()).isEqualTo("Yemmel fell out of the world");
        assertThat(death.rawText()).isEqualTo("Yemmel fell out of the world");
        assertThat(death.renderedText().get("text").textValue()).isEqualTo("Yemmel fell out of the world");
        assertThat(death.user().name()).isEqualTo("Yemmel");
        assertThat(death.source()).isNull();
        assertThat(death.time()).isEqualTo(time("2022-07-12T20:37:00+01:00"));
    }

    @Test
    void deathWithSourceFromRcc() {
        DeathEvent death = (DeathEvent) decode("event-death-source-rcc.json");
        assertThat(death.user().name()).isEqualTo("Yemmel");
        assertThat(death.source().name()).isEqualTo("Lemmmy");
        assertThat(death.renderedText().get("translate").textValue()).isEqualTo("death.attack.player");
        ChatboxTextEvent text = death;
        assertThat(text.text()).isEqualTo("Yemmel was slain by Lemmmy");
    }

    @Test
    void worldChangeWithoutTime() {
        WorldChangeEvent change = (WorldChangeEvent) decode("event-world_change.json");
        assertThat(change.event()).isEqualTo("world_change");
        assertThat(change.user().world()).isEqualTo("minecraft:the_nether");
        assertThat(change.user().afk()).isTrue();
        assertThat(change.origin()).isEqualTo("minecraft:overworld");
        assertThat(change.destination()).isEqualTo("minecraft:the_nether");
        assertThat(change.time()).isNull();
    }

    @Test
    void afkAndAfkReturn() {
        AfkEvent afk = (AfkEvent) decode("event-afk.json");
        assertThat(afk.event()).isEqualTo("afk");
        assertThat(afk.user().afk()).isTrue();
        assertThat(afk.time()).isEqualTo(time("2022-07-12T20:43:37+01:00"));
        AfkReturnEvent back = (AfkReturnEvent) decode("event-afk_return.json");
        assertThat(back.event()).isEqualTo("afk_return");
        assertThat(back.user().afk()).isFalse();
        assertThat(back.time()).isEqualTo(time("2022-07-12T20:55:40+01:00"));
    }

    @Test
    void rccAfkReturnSentAsAfkIsDetected() {
        String frame = Frames.load("event-afk-return-rcc.json");
        ChatboxPacket detected = CODEC.decode(frame);
        assertThat(detected).isInstanceOf(AfkReturnEvent.class);
        assertThat(ChatboxEventType.of(detected)).isEqualTo(ChatboxEventType.AFK_RETURN);
        assertThat(((AfkReturnEvent) detected).user().name()).isEqualTo("Yemmel");

        ChatboxPacket literal = new ChatboxCodec(false).decode(frame);
        assertThat(literal).isInstanceOf(AfkEvent.class);
        assertThat(((AfkEvent) literal).user()).isEqualTo(((AfkReturnEvent) detected).user());
    }

    @Test
    void afkWithoutAfkFlagStaysAfk() {
        ChatboxPacket packet = CODEC.decode(
                "{\"type\":\"event\",\"event\":\"afk\",\"user\":{\"type\":\"ingame\",\"name\":\"A\"}}");
        assertThat(packet).isInstanceOf(AfkEvent.class);
    }

    @Test
    void serverRestartScheduled() {
        ServerRestartScheduledEvent restart = (ServerRestartScheduledEvent) decode(
                "event-server_restart_scheduled.json");
        assertThat(restart.event()).isEqualTo("server_restart_scheduled");
        assertThat(restart.restartType()).isEqualTo("manual");
        assertThat(restart.restartSeconds()).isEqualTo(60);
        assertThat(restart.restartAt()).isEqualTo(time("2022-07-16T03:23:17+01:00"));
        assertThat(restart.time()).isEqualTo(time("2022-07-16T03:22:17+01:00"));
        assertThat(restart.user()).isNull();
        assertThat(restart.senderName()).isNull();
    }

    @Test
    void serverRestartScheduledFromRccWithZeroSeconds() {
        ServerRestartScheduledEvent restart = (ServerRestartScheduledEvent) decode(
                "event-server_restart_scheduled-rcc.json");
        assertThat(restart.restartType()).isEqualTo("automatic");
        assertThat(restart.restartSeconds()).isZero();
        assertThat(restart.restartAt()).isEqualTo(time("2026-01-04T04:00:00Z"));
    }

    @Test
    void serverRestartCancelled() {
        ServerRestartCancelledEvent cancelled = (ServerRestartCancelledEvent) decode(
                "event-server_restart_cancelled.json");
        assertThat(cancelled.event()).isEqualTo("server_restart_cancelled");
        assertThat(cancelled.restartType()).isEqualTo("manual");
        assertThat(cancelled.time()).isEqualTo(time("2022-07-16T03:24:46+01:00"));
        assertThat(cancelled.user()).isNull();
    }

    @Test
    void unknownEvent() {
        UnknownEvent event = (UnknownEvent) decode("unknown-event.json");
        assertThat(event.type()).isEqualTo("event");
        assertThat(event.event()).isEqualTo("advancement");
        assertThat(event.raw().get("advancement").textValue()).isEqualTo("minecraft:story/mine_diamond");
        assertThat(event.time()).isEqualTo(time("2026-01-03T21:00:00Z"));
        assertThat(event.user()).isNull();
        assertThat(ChatboxEventType.of(event)).isNull();
    }

    @Test
    void eventWithoutEventNameIsUnknown() {
        UnknownEvent event = (UnknownEvent) CODEC.decode("{\"type\":\"event\",\"text\":\"hi\"}");
        assertThat(event.event()).isNull();
        assertThat(event.raw().get("text").textValue()).isEqualTo("hi");
        assertThat(event.time()).isNull();
    }

    // ---- tolerance ----

    @Test
    void unknownFieldsOfAnyShapeAreIgnored() {
        String frame = "{\"future\":{\"a\":[1,{\"b\":null}],\"c\":\"x\"},\"user\":{\"type\":\"ingame\",\"name\":\"A\","
                + "\"newField\":[1,2],\"linkedUser\":{\"type\":\"discord\",\"id\":\"1\",\"extra\":{}}},"
                + "\"flags\":[true],\"time\":\"2026-01-03T20:10:07.000Z\",\"event\":\"join\",\"ok\":true,\"type\":\"event\"}";
        JoinEvent join = (JoinEvent) CODEC.decode(frame);
        assertThat(join.user().name()).isEqualTo("A");
        assertThat(join.user().linkedUser().id()).isEqualTo("1");
    }

    @Test
    void nullFieldsAreAbsent() {
        IngameChatEvent chat = (IngameChatEvent) CODEC.decode("{\"type\":\"event\",\"event\":\"chat_ingame\","
                + "\"text\":null,\"rawText\":null,\"renderedText\":null,\"user\":null,\"time\":null}");
        assertThat(chat).isEqualTo(new IngameChatEvent(null, null, null, null, null));
        assertThat(chat.senderName()).isNull();
    }

    @Test
    void wrongTypeInFieldNotUsedByThePacketIsIgnored() {
        // "time" is a number, but a success packet has no time
        assertThat(CODEC.decode("{\"type\":\"success\",\"id\":1,\"time\":5,\"user\":\"x\",\"args\":{}}"))
                .isEqualTo(new SuccessPacket(1L, null));
    }

    @Test
    void numericDiscordIdsAndSnowflakesAreTakenAsText() {
        DiscordChatEvent chat = (DiscordChatEvent) CODEC.decode("{\"type\":\"event\",\"event\":\"chat_discord\","
                + "\"discordId\":996474482015350814,\"discordUser\":{\"type\":\"discord\",\"id\":478798120650670091,"
                + "\"roles\":[{\"id\":198138742333112320,\"name\":\"A\",\"colour\":1}]}}");
        assertThat(chat.discordId()).isEqualTo("996474482015350814");
        assertThat(chat.discordUser().id()).isEqualTo("478798120650670091");
        assertThat(chat.discordUser().roles().get(0).id()).isEqualTo("198138742333112320");
    }

    @Test
    void renderedTextMayBeAnyJson() {
        IngameChatEvent chat = (IngameChatEvent) CODEC.decode(
                "{\"type\":\"event\",\"event\":\"chat_ingame\",\"renderedText\":\"plain\"}");
        assertThat(chat.renderedText().textValue()).isEqualTo("plain");
        chat = (IngameChatEvent) CODEC.decode(
                "{\"type\":\"event\",\"event\":\"chat_ingame\",\"renderedText\":[\"\",{\"text\":\"a\"}]}");
        assertThat(chat.renderedText().isArray()).isTrue();
    }

    @Test
    void timeOffsetsAndPrecisions() {
        String[][] cases = {
            {"2026-01-03T12:00:00Z", "2026-01-03T12:00:00Z"},
            {"2026-01-03T12:00:00.123Z", "2026-01-03T12:00:00.123Z"},
            {"2026-01-03T12:00:00.123456789Z", "2026-01-03T12:00:00.123456789Z"},
            {"2026-01-03T13:00:00+01:00", "2026-01-03T13:00:00+01:00"},
            {"2026-01-03T13:00:00.5+01:00", "2026-01-03T13:00:00.5+01:00"},
            {"2026-01-03T06:30:00-05:30", "2026-01-03T06:30:00-05:30"},
            {"2026-01-03T13:00:00+0100", "2026-01-03T13:00:00+01:00"},
            {"2026-01-03T13:00:00+01", "2026-01-03T13:00:00+01:00"},
            {"2026-01-03T12:00Z", "2026-01-03T12:00:00Z"},
            {"2026-01-03T12:00:00", "2026-01-03T12:00:00Z"},
            {"2026-01-03t12:00:00z", "2026-01-03T12:00:00Z"},
        };
        for (String[] c : cases) {
            JoinEvent join = (JoinEvent) CODEC.decode(
                    "{\"type\":\"event\",\"event\":\"join\",\"time\":\"" + c[0] + "\"}");
            assertThat(join.time()).as(c[0]).isEqualTo(OffsetDateTime.parse(c[1]));
            assertThat(join.time().getOffset()).as(c[0]).isEqualTo(OffsetDateTime.parse(c[1]).getOffset());
        }
    }

    @Test
    void fieldOrderDoesNotMatter() {
        String typeFirst = "{\"type\":\"event\",\"event\":\"leave\",\"user\":{\"name\":\"A\"},"
                + "\"time\":\"2026-01-03T12:00:00Z\"}";
        String typeLast = "{\"time\":\"2026-01-03T12:00:00Z\",\"user\":{\"name\":\"A\"},\"event\":\"leave\","
                + "\"type\":\"event\"}";
        assertThat(CODEC.decode(typeLast)).isEqualTo(CODEC.decode(typeFirst));
    }

    @Test
    void decodeFromTree() throws Exception {
        for (String name : Frames.ALL) {
            String frame = Frames.load(name);
            JsonNode tree = CODEC.mapper().readTree(frame);
            assertThat(CODEC.decode(tree)).as(name).isEqualTo(CODEC.decode(frame));
        }
        assertThat(CODEC.decode((JsonNode) null)).isNull();
        assertThat(CODEC.decode(CODEC.mapper().readTree("null"))).isNull();
    }

    @Test
    void sharedCodecIsThreadSafe() throws Exception {
        java.util.Map<String, ChatboxPacket> expected = new java.util.HashMap<>();
        for (String name : Frames.ALL) {
            expected.put(name, new ChatboxCodec().decode(Frames.load(name)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        for (String name : Frames.ALL) {
                            assertThat(CODEC.decode(Frames.load(name))).isEqualTo(expected.get(name));
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mapperReadsPacketsAndEvents() throws Exception {
        for (String name : Frames.ALL) {
            String frame = Frames.load(name);
            ChatboxPacket packet = CODEC.mapper().readValue(frame, ChatboxPacket.class);
            assertThat(packet).as(name).isEqualTo(CODEC.decode(frame));
        }
        ChatboxEvent event = CODEC.mapper().readValue(Frames.load("event-join.json"), ChatboxEvent.class);
        assertThat(event).isInstanceOf(JoinEvent.class);
        assertThat(CODEC.mapper().readValue("null", ChatboxPacket.class)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> CODEC.mapper().readValue(Frames.load("ping.json"), ChatboxEvent.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("'ping'");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> CODEC.mapper().readValue("{\"ok\":true}", ChatboxPacket.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("missing 'type'");
    }
}
