package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatboxRoundTripTest {

    private static final ChatboxCodec CODEC = new ChatboxCodec();
    private static final ObjectMapper MAPPER = CODEC.mapper();

    static final List<String> FRAMES = Frames.ALL;

    @ParameterizedTest
    @FieldSource("FRAMES")
    void decodedFrameSurvivesSerialisation(String name) throws Exception {
        ChatboxPacket packet = CODEC.decode(Frames.load(name));
        String json = MAPPER.writeValueAsString(packet);
        assertThat(CODEC.decode(json)).as(json).isEqualTo(packet);
        // and the type of the packet is written first
        if (!(packet instanceof UnknownPacket) && !(packet instanceof UnknownEvent)) {
            assertThat(json).startsWith("{\"type\":\"" + packet.type() + "\"");
        }
        if (packet instanceof ChatboxEvent && !(packet instanceof UnknownEvent)) {
            assertThat(json).startsWith("{\"type\":\"event\",\"event\":\"" + ((ChatboxEvent) packet).event() + "\"");
        }
    }

    @Test
    void constructedRecordsRoundTrip() throws Exception {
        OffsetDateTime t = OffsetDateTime.of(2026, 1, 3, 12, 34, 56, 789_000_000, ZoneOffset.ofHours(2));
        ChatboxUser discord = new ChatboxUser("discord", "lemmmy", null, "remi", null, null, null, null, null, null,
                null, "478798120650670091", "0", "https://a/b.png",
                List.of(new DiscordRole("1", "Admin", 15158332), new DiscordRole("2", null, null)), null);
        ChatboxUser player = new ChatboxUser("ingame", "Lemmmy", "cdb33b76-a445-47a1-b13d-94f34e006243", "Lemmmy",
                "admin", "he/they", "minecraft:overworld", true, false, false, 3, null, null, null, null, discord);
        ObjectNode rendered = JsonNodeFactory.instance.objectNode().put("text", "hi \"there\"\n");
        rendered.putArray("extra").addObject().put("bold", true).put("text", "x");
        List<ChatboxPacket> packets = List.of(
                new HelloPacket(false, "Lemmmy", player, List.of("read", "say")),
                new HelloPacket(true, null, null, List.of()),
                new PlayersPacket(t, List.of(player, ChatboxUser.ingame("A", "u"))),
                new SuccessPacket(7L, "message_sent"),
                new ErrorPacket(-1L, "rate_limited", "You got rate limited."),
                new ClosingPacket("changed_license_key", "Your license key was invalidated"),
                PingPacket.INSTANCE,
                new IngameChatEvent("hi \"there\"\n", "hi **there**", rendered, player, t),
                new DiscordChatEvent("a", "b", rendered, "996474482015350814", discord, true, t),
                new ChatboxChatEvent("c", "d", rendered, player, "Bot", "&eBot", t),
                new CommandEvent(player, "cmd", List.of("a", "", "c"), true, t),
                new JoinEvent(player, t),
                new LeaveEvent(ChatboxUser.ingame("B", "v"), null),
                new DeathEvent("x died", "x died", rendered, player, ChatboxUser.ingame("K", "k"), t),
                new WorldChangeEvent(player, "minecraft:overworld", "minecraft:the_end", t),
                new AfkEvent(player, t),
                new AfkReturnEvent(player.linkedUser() == null ? player : ChatboxUser.ingame("C", "w"), t),
                new ServerRestartScheduledEvent("manual", 60, t.plusMinutes(1), t),
                new ServerRestartCancelledEvent("automatic", t),
                new IngameChatEvent(null, null, null, null, null));
        for (ChatboxPacket packet : packets) {
            String json = MAPPER.writeValueAsString(packet);
            assertThat(CODEC.decode(json)).as(json).isEqualTo(packet);
            assertThat(MAPPER.readValue(json, ChatboxPacket.class)).as(json).isEqualTo(packet);
        }
    }

    @Test
    void nullFieldsAreOmitted() throws Exception {
        String json = MAPPER.writeValueAsString(new JoinEvent(ChatboxUser.ingame("A", "u"), null));
        assertThat(json).isEqualTo("{\"type\":\"event\",\"event\":\"join\",\"user\":{\"type\":\"ingame\","
                + "\"name\":\"A\",\"uuid\":\"u\",\"displayName\":\"A\"}}");
        assertThat(MAPPER.writeValueAsString(new SuccessPacket(null, null))).isEqualTo("{\"type\":\"success\"}");
        assertThat(MAPPER.writeValueAsString(PingPacket.INSTANCE)).isEqualTo("{\"type\":\"ping\"}");
    }

    @Test
    void timesAreWrittenAsIsoWithTheirOffset() throws Exception {
        OffsetDateTime t = OffsetDateTime.parse("2022-07-12T18:54:01+01:00");
        JsonNode node = MAPPER.valueToTree(new JoinEvent(null, t));
        assertThat(node.get("time").textValue()).isEqualTo("2022-07-12T18:54:01+01:00");
    }

    @Test
    void discordEventDoesNotWriteUserTwice() throws Exception {
        DiscordChatEvent chat = (DiscordChatEvent) CODEC.decode(Frames.load("event-chat_discord.json"));
        JsonNode node = MAPPER.valueToTree(chat);
        assertThat(node.has("user")).isFalse();
        assertThat(node.has("discordUser")).isTrue();
        assertThat(node.has("senderName")).isFalse();
    }

    @Test
    void helpersAreNotSerialised() throws Exception {
        JsonNode user = MAPPER.valueToTree(ChatboxUser.ingame("A", "u"));
        assertThat(user.has("ingame")).isFalse();
        assertThat(user.has("discord")).isFalse();
        assertThat(user.has("effectiveName")).isFalse();
        JsonNode success = MAPPER.valueToTree(new SuccessPacket(1L, "message_sent"));
        assertThat(success.size()).isEqualTo(3);
    }

    @Test
    void unknownPacketsSerialiseAsTheirRawJson() throws Exception {
        String frame = Frames.load("unknown-type.json");
        UnknownPacket packet = (UnknownPacket) CODEC.decode(frame);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(packet))).isEqualTo(MAPPER.readTree(frame));
        assertThat(MAPPER.readValue(frame, UnknownPacket.class)).isEqualTo(packet);
        String eventFrame = Frames.load("unknown-event.json");
        UnknownEvent event = (UnknownEvent) CODEC.decode(eventFrame);
        assertThat(MAPPER.readValue(eventFrame, UnknownEvent.class)).isEqualTo(event);
    }

    @Test
    void recordsBindDirectlyToo() throws Exception {
        JoinEvent join = (JoinEvent) CODEC.decode(Frames.load("event-join.json"));
        assertThat(MAPPER.readValue(Frames.load("event-join.json"), JoinEvent.class)).isEqualTo(join);
        ChatboxUser user = MAPPER.readValue("{\"type\":\"ingame\",\"name\":\"A\",\"afk\":true,\"x\":1}",
                ChatboxUser.class);
        assertThat(user.afk()).isTrue();
        assertThat(user.alt()).isNull();
    }

    @Test
    void listComponentsAreUnmodifiableCopies() {
        List<String> args = new java.util.ArrayList<>(List.of("a"));
        CommandEvent command = new CommandEvent(null, "c", args, false, null);
        args.add("b");
        assertThat(command.args()).containsExactly("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> command.args().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
