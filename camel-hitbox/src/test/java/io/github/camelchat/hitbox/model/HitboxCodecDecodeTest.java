package io.github.camelchat.hitbox.model;

import io.github.camelchat.hitbox.socketio.SioPacket;
import io.github.camelchat.hitbox.socketio.SioPacketType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitboxCodecDecodeTest {

    private static final HitboxCodec CODEC = new HitboxCodec();

    /** Decodes a canned message in both forms, checks they agree, and returns it. */
    @SuppressWarnings("unchecked")
    private static <T extends HitboxMessage> T decode(String name) {
        String message = Frames.load(name);
        HitboxMessage fromString = CODEC.decodeEvent(Frames.serverEvent(message));
        HitboxMessage fromObject = CODEC.decodeEvent(Frames.objectEvent(message));
        assertThat(fromObject).as("object form of %s", name).isEqualTo(fromString);
        HitboxMessage fromPacket = CODEC.decode(SioPacket.parse("5:::" + Frames.serverEvent(message)));
        assertThat(fromPacket).isEqualTo(fromString);
        assertThat(CODEC.decodeMessage(message)).isEqualTo(fromString);
        return (T) fromString;
    }

    static Stream<String> messages() {
        return Frames.MESSAGES.stream();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void everyCannedMessageDecodesInBothFormsWithItsMethodAndChannel(String name) throws Exception {
        HitboxMessage m = decode(name);
        var wire = CODEC.mapper().readTree(Frames.load(name));
        assertThat(m.method()).isEqualTo(wire.get("method").textValue());
        var channel = wire.get("params").get("channel");
        assertThat(m.channel()).isEqualTo(channel == null ? null : channel.textValue());
        assertThat(m instanceof UnknownMessage).isEqualTo(name.startsWith("unknown"));
    }

    @Test
    void loginMsg() {
        LoginMsg login = decode("loginMsg.json");
        assertThat(login).isEqualTo(new LoginMsg("hitakashi", "Hitakashi", "admin"));
        assertThat(login.guest()).isFalse();
        LoginMsg guest = decode("loginMsg-guest.json");
        assertThat(guest.name()).isEqualTo("UnknownSoldier");
        assertThat(guest.guest()).isTrue();
    }

    @Test
    void chatMsgWithEveryField() {
        ChatMsg m = decode("chatMsg.json");
        assertThat(m.method()).isEqualTo("chatMsg");
        assertThat(m.channel()).isEqualTo("hitakashi");
        assertThat(m.name()).isEqualTo("Hitakashi");
        assertThat(m.nameColor()).isEqualTo("53BE34");
        assertThat(m.text()).isEqualTo("Hello <b>world</b> :)");
        assertThat(m.time()).isEqualTo(Instant.ofEpochSecond(1426785188));
        assertThat(m.role()).isEqualTo("admin");
        assertThat(m.isFollower()).isFalse();
        assertThat(m.isSubscriber()).isFalse();
        assertThat(m.isOwner()).isTrue();
        assertThat(m.isStaff()).isFalse();
        assertThat(m.isCommunity()).isFalse();
        assertThat(m.media()).isFalse();
        assertThat(m.image()).isEqualTo("/static/img/channel/hitakashi_54f0c0d8a9e43_small.png");
        assertThat(m.buffer()).isNull();
        assertThat(m.buffersent()).isNull();
        assertThat(m.backlog()).isFalse();
        assertThat(m.backlogComplete()).isFalse();
        assertThat(m.type()).isNull();
        assertThat(m.meAction()).isFalse();
        assertThat(m.id()).isNull();
    }

    @Test
    void backlogFlags() {
        ChatMsg old = decode("chatMsg-backlog.json");
        assertThat(old.buffer()).isTrue();
        assertThat(old.buffersent()).isNull();
        assertThat(old.backlog()).isTrue();
        assertThat(old.backlogComplete()).isFalse();
        ChatMsg last = decode("chatMsg-backlog-last.json");
        assertThat(last.backlog()).isTrue();
        assertThat(last.backlogComplete()).isTrue();
        ChatLog log = decode("chatLog-backlog-last.json");
        assertThat(log.backlog()).isTrue();
        assertThat(log.backlogComplete()).isTrue();
    }

    @Test
    void meAction() {
        ChatMsg m = decode("chatMsg-me.json");
        assertThat(m.type()).isEqualTo("me");
        assertThat(m.meAction()).isTrue();
        assertThat(m.text()).isEqualTo("waves");
        assertThat(m.role()).isEqualTo("user");
    }

    @Test
    void numbersAndBooleansAsStringsParamsBeforeMethodAndUnknownFields() {
        ChatMsg m = decode("chatMsg-strings.json");
        assertThat(m.isStaff()).isTrue();
        assertThat(m.isCommunity()).isFalse();
        assertThat(m.isFollower()).isTrue();
        assertThat(m.isSubscriber()).isFalse();
        assertThat(m.isOwner()).isNull();
        assertThat(m.time()).isEqualTo(Instant.ofEpochSecond(1426785188));
        assertThat(m.buffer()).isTrue();
        assertThat(m.media()).isTrue();
        assertThat(m.id()).isEqualTo("42");
        assertThat(m.text()).isEqualTo("params before method");
    }

    @Test
    void smashcastId() {
        ChatMsg m = decode("chatMsg-smashcast.json");
        assertThat(m.id()).isEqualTo("5b1f0c6e-1c2d-4f5a-9b8e-0a1b2c3d4e5f");
    }

    @Test
    void directMsg() {
        DirectMsg m = decode("directMsg.json");
        assertThat(m).isEqualTo(new DirectMsg("hitakashi", "SENDER", "53BE34", "This is a direct message.",
                Instant.ofEpochSecond(1426785188), false, false, "info"));
    }

    @Test
    void infoMsgSystemVariant() {
        InfoMsg m = decode("infoMsg.json");
        assertThat(m.text()).isEqualTo("test has been banned");
        assertThat(m.lang()).isEqualTo("view.chat.text.has_been_banned");
        assertThat(m.variable("user")).isEqualTo("test");
        assertThat(m.variable("nope")).isNull();
        assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1426785188));
        assertThat(m.when()).isEqualTo(m.timestamp());
        assertThat(m.name()).isEqualTo("test");
        assertThat(m.action()).isEqualTo("ban");
        assertThat(m.subscription()).isFalse();
        assertThat(m.viewerCounts()).isFalse();
        InfoMsg dm = decode("infoMsg-directmsg.json");
        assertThat(dm.action()).isEqualTo(InfoMsg.ACTION_DIRECT_MSG);
        assertThat(dm.variables()).isNull();
    }

    @Test
    void infoMsgSubscriberVariant() {
        InfoMsg m = decode("infoMsg-subscriber.json");
        assertThat(m.subscription()).isTrue();
        assertThat(m.subscriber()).isEqualTo("Test-Account");
        assertThat(m.type()).isEqualTo("subChannel");
        assertThat(m.time()).isEqualTo(Instant.ofEpochSecond(1439714353));
        assertThat(m.timestamp()).isNull();
        assertThat(m.when()).isEqualTo(m.time());
        assertThat(m.action()).isNull();
    }

    @Test
    void infoMsgViewerCountVariant() {
        InfoMsg m = decode("infoMsg-viewers.json");
        assertThat(m.viewerCounts()).isTrue();
        assertThat(m.viewers()).isEqualTo(1);
        assertThat(m.subscribers()).isZero();
        assertThat(m.followers()).isEqualTo(1);
        assertThat(m.registered()).isEqualTo(1);
        assertThat(m.embed()).isZero();
        assertThat(m.online()).isFalse();
    }

    @Test
    void chatLog() {
        ChatLog m = decode("chatLog.json");
        assertThat(m).isEqualTo(new ChatLog("hitakashi", "<user>Hitakashi</user> banned <user>Claptrap</user>",
                Instant.ofEpochSecond(1426785188), null, null));
        assertThat(m.backlog()).isFalse();
    }

    @Test
    void slowMsg() {
        SlowMsg m = decode("slowMsg.json");
        assertThat(m.action()).isEqualTo("isAdmin");
        assertThat(m.slowTime()).isEqualTo(10);
        assertThat(m.slowInterval()).hasSeconds(10);
        assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1426785188));
    }

    @Test
    void motdMsgWithEpochAndIsoTimes() {
        MotdMsg m = decode("motdMsg.json");
        assertThat(m).isEqualTo(new MotdMsg("hitakashi", "Hitakashi", "53BE34", "Welcome! Be nice.",
                Instant.ofEpochSecond(1439714000), "/static/img/channel/hitakashi_small.png"));
        assertThat(m.cleared()).isFalse();
        MotdMsg iso = decode("motdMsg-iso.json");
        assertThat(iso.time()).isEqualTo(Instant.parse("2015-08-16T08:36:45.529Z"));
        assertThat(iso.cleared()).isTrue();
    }

    @Test
    void userList() {
        UserList m = decode("userList.json");
        UserList.Data d = m.data();
        assertThat(d.guests()).isNull();
        assertThat(d.admin()).containsExactly("Broadcaster", "Staff-Member", "Community-Member", "Editor");
        assertThat(d.user()).containsExactly("Moderator");
        assertThat(d.anon()).containsExactly("test-account");
        assertThat(d.isFollower()).containsExactly("Moderator", "test-account", "Staff-Member");
        assertThat(d.isSubscriber()).containsExactly("Staff-Member", "test-account");
        assertThat(d.isStaff()).containsExactly("Staff-Member");
        assertThat(d.isCommunity()).containsExactly("Community-Member");
        UserList withGuests = decode("userList-guests.json");
        assertThat(withGuests.data().guests()).isEqualTo(12);
        assertThat(withGuests.data().user()).isEmpty();
    }

    @Test
    void userInfo() {
        UserInfo m = decode("userInfo.json");
        assertThat(m).isEqualTo(new UserInfo("hitakashi", "test-account", Instant.ofEpochSecond(1426785188), "anon",
                true, true, false, false, false, null));
        assertThat(m.bannedUser()).isFalse();
        UserInfo banned = decode("userInfo-banned.json");
        assertThat(banned.role()).isEqualTo(HitboxRoles.BANNED);
        assertThat(banned.banned()).isTrue();
        assertThat(banned.bannedUser()).isTrue();
        assertThat(banned.isFollower()).isNull();
    }

    @Test
    void banList() {
        BanList m = decode("banList.json");
        assertThat(m.data()).containsExactly("test-account", "test-account-2");
    }

    @Test
    void mediaLog() {
        MediaLog m = decode("mediaLog.json");
        assertThat(m.channel()).isEqualTo("test-account");
        assertThat(m.type()).isEqualTo("image");
        assertThat(m.data()).containsExactly(new MediaLog.Item("test-account", "test-account", "53BE34",
                Instant.ofEpochSecond(1431023931), "https://www.google.com/images/srpr/logo11w.png",
                new MediaLog.Size(538, 190),
                "http://edge.sf.ak.hitbox.tv/chatimage?u=https%3A%2F%2Fwww.google.com%2Fimages%2Fsrpr%2Flogo11w.png"));
    }

    @Test
    void pollMsg() {
        PollMsg m = decode("pollMsg.json");
        assertThat(m.question()).isEqualTo("Question");
        assertThat(m.choices()).containsExactly(new PollMsg.Choice("Answer 1", 12), new PollMsg.Choice("Answer 2", 40));
        assertThat(m.startTime()).isEqualTo(Instant.parse("2015-08-16T07:57:43.131Z"));
        assertThat(m.status()).isEqualTo("started");
        assertThat(m.voters()).containsExactly("List of", "voters");
        assertThat(m.votes()).isEqualTo(52);
        assertThat(m.nameColor()).isEqualTo("000000");
        assertThat(m.subscriberOnly()).isFalse();
        assertThat(m.followerOnly()).isFalse();
        PollMsg ended = decode("pollMsg-ended.json");
        assertThat(ended).isEqualTo(new PollMsg("hitakashi", null, null, null, "ended", null, null, null, null, null));
    }

    @Test
    void raffleMsg() {
        RaffleMsg m = decode("raffleMsg.json");
        assertThat(m.prize()).isEqualTo("Description of Prize");
        assertThat(m.choices()).containsExactly(new RaffleMsg.Choice("Answer 1", 0), new RaffleMsg.Choice("Answer 2", 3));
        assertThat(m.startTime()).isEqualTo(Instant.parse("2015-08-16T08:11:34.581Z"));
        assertThat(m.forAdmin()).isTrue();
        assertThat(m.followerOnly()).isTrue();
        assertThat(m.deleted()).isFalse();
    }

    @Test
    void raffleDeleteHasNoChannel() {
        RaffleMsg m = decode("raffleMsg-delete.json");
        assertThat(m.channel()).isNull();
        assertThat(m.deleted()).isTrue();
    }

    @Test
    void winnerUnderBothMethodNames() {
        WinnerMsg newer = decode("winnerRaffle.json");
        assertThat(newer).isEqualTo(new WinnerMsg("winnerRaffle", "hitakashi", "Test-Account", "example@example.com",
                true, true, "1"));
        assertThat(newer.answerIndex()).isEqualTo(1);
        WinnerMsg old = decode("winnerMsg.json");
        assertThat(old.method()).isEqualTo("winnerMsg");
        assertThat(old.winnerEmail()).isNull();
        assertThat(old.forAdmin()).isFalse();
        assertThat(old.answer()).isEqualTo("0");
        assertThat(old.answerIndex()).isZero();
    }

    @Test
    void serverMsg() {
        ServerMsg m = decode("serverMsg-resourceUpdate.json");
        assertThat(m.type()).isEqualTo(ServerMsg.TYPE_RESOURCE_UPDATE);
        assertThat(m.media().get("media_status").textValue()).isEqualTo("This is a stream title!");
        assertThat(m.time()).isEqualTo(Instant.ofEpochSecond(1439714353));
        assertThat(m.mode()).isNull();
        ServerMsg host = decode("serverMsg-hostModeUpdate.json");
        assertThat(host.type()).isEqualTo(ServerMsg.TYPE_HOST_MODE_UPDATE);
        assertThat(host.mode()).isEqualTo("on");
        assertThat(host.media()).isEmpty();
    }

    @Test
    void notifyMsg() {
        NotifyMsg m = decode("notifyMsg.json");
        assertThat(m.joined()).containsExactly("test-account", "Moderator");
        assertThat(m.parted()).containsExactly("Claptrap");
        NotifyMsg single = (NotifyMsg) CODEC.decodeMessage(
                "{\"method\":\"notifyMsg\",\"params\":{\"channel\":\"c\",\"name\":\"bob\",\"action\":\"part\"}}");
        assertThat(single.joined()).isEmpty();
        assertThat(single.parted()).containsExactly("bob");
        NotifyMsg objects = (NotifyMsg) CODEC.decodeMessage(
                "{\"method\":\"notifyMsg\",\"params\":{\"join\":[{\"name\":\"a\"},{\"x\":1}],\"part\":[]}}");
        assertThat(objects.joined()).containsExactly("a");
        assertThat(objects.parted()).isEmpty();
    }

    @Test
    void unknownMethodIsNotAnError() {
        UnknownMessage m = decode("unknown-method.json");
        assertThat(m.method()).isEqualTo("someFutureMsg");
        assertThat(m.channel()).isEqualTo("hitakashi");
        assertThat(m.params().get("answer").intValue()).isEqualTo(42);
        assertThat(m.params().get("nested").get("a").get(0).booleanValue()).isTrue();
        UnknownMessage noParams = (UnknownMessage) CODEC.decodeMessage("{\"method\":\"x\"}");
        assertThat(noParams.params().isEmpty()).isTrue();
        assertThat(noParams.channel()).isNull();
        UnknownMessage numericChannel = (UnknownMessage) CODEC.decodeMessage(
                "{\"method\":\"x\",\"params\":{\"channel\":5}}");
        assertThat(numericChannel.channel()).isNull();
    }

    @Test
    void knownMethodWithoutParamsGivesAnEmptyRecord() {
        assertThat(CODEC.decodeMessage("{\"method\":\"loginMsg\"}")).isEqualTo(new LoginMsg(null, null, null));
        assertThat(CODEC.decodeMessage("{\"method\":\"loginMsg\",\"params\":null}"))
                .isEqualTo(new LoginMsg(null, null, null));
    }

    @Test
    void smashcastServicePrefix() {
        HitboxMessage m = CODEC.decodeMessage("{\"method\":\"chat.loginMsg\",\"params\":{\"channel\":\"c\"}}");
        assertThat(m).isEqualTo(new LoginMsg("c", null, null));
        HitboxMessage w = CODEC.decodeMessage("{\"method\":\"chat.winnerRaffle\",\"params\":{}}");
        assertThat(w.method()).isEqualTo("winnerRaffle");
        assertThat(CODEC.decodeMessage("{\"method\":\"chat.nothing\"}")).isInstanceOf(UnknownMessage.class);
    }

    @Test
    void realServerFrameDoubleEncodedWithEscapes() {
        SioPacket packet = SioPacket.parse(Frames.load("frame-chatMsg-server.txt"));
        assertThat(packet.type()).isEqualTo(SioPacketType.EVENT);
        ChatMsg m = (ChatMsg) CODEC.decode(packet);
        assertThat(m.text()).isEqualTo("He said \"hi\"\nline 2 \u00e9 \uD83D\uDE00");
        assertThat(m.backlogComplete()).isTrue();
        LoginMsg login = (LoginMsg) CODEC.decode(SioPacket.parse(Frames.load("frame-loginMsg-server.txt")));
        assertThat(login.role()).isEqualTo("admin");
    }

    @Test
    void docsFrameWithObjectArgumentAndWhitespace() {
        ChatMsg m = (ChatMsg) CODEC.decode(SioPacket.parse(Frames.load("frame-chatMsg-docs.txt")));
        assertThat(m.name()).isEqualTo("USERNAME");
        assertThat(m.time()).isEqualTo(Instant.ofEpochSecond(1426785188));
    }

    @Test
    void fieldOrderAndExtraArgumentsDoNotMatter() {
        String inner = Frames.load("loginMsg.json");
        LoginMsg expected = new LoginMsg("hitakashi", "Hitakashi", "admin");
        assertThat(CODEC.decodeEvent("{\"args\":[" + inner + ",\"extra\",{\"a\":[1]}],\"name\":\"message\"}"))
                .isEqualTo(expected);
        assertThat(CODEC.decodeEvent("{\"name\":\"message\",\"x\":{\"y\":[]},\"args\":[" + inner + "]}"))
                .isEqualTo(expected);
        assertThat(CODEC.decodeMessage("{\"x\":1,\"params\":{\"role\":\"admin\",\"name\":\"Hitakashi\","
                + "\"channel\":\"hitakashi\"},\"y\":[1,{\"z\":2}],\"method\":\"loginMsg\",\"w\":null}"))
                .isEqualTo(expected);
    }

    @Test
    void messageAndJsonPacketsAreDecodedToo() {
        String inner = Frames.load("loginMsg.json");
        LoginMsg expected = new LoginMsg("hitakashi", "Hitakashi", "admin");
        assertThat(CODEC.decode(SioPacket.of(SioPacketType.JSON, inner))).isEqualTo(expected);
        assertThat(CODEC.decode(SioPacket.of(SioPacketType.MESSAGE, inner))).isEqualTo(expected);
        assertThat(CODEC.decode(SioPacket.of(SioPacketType.JSON,
                CODEC.mapper().valueToTree(inner).toString()))).isEqualTo(expected);
        assertThatThrownBy(() -> CODEC.decode(SioPacket.heartbeat())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.decode(SioPacket.connect())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeForms() {
        for (String time : List.of("1426785188", "\"1426785188\"", "1426785188000", "\"1426785188000\"",
                "\"2015-03-19T17:13:08Z\"", "\"2015-03-19T17:13:08.000Z\"", "\"2015-03-19T18:13:08+01:00\"",
                "\"2015-03-19 17:13:08\"", "1426785188.0", "\" 1426785188 \"")) {
            ChatMsg m = (ChatMsg) CODEC.decodeMessage("{\"method\":\"chatMsg\",\"params\":{\"time\":" + time + "}}");
            assertThat(m.time()).as(time).isEqualTo(Instant.ofEpochSecond(1426785188));
        }
        ChatMsg blank = (ChatMsg) CODEC.decodeMessage("{\"method\":\"chatMsg\",\"params\":{\"time\":\"\"}}");
        assertThat(blank.time()).isNull();
        ChatMsg fraction = (ChatMsg) CODEC.decodeMessage("{\"method\":\"chatMsg\",\"params\":{\"time\":1.5}}");
        assertThat(fraction.time()).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
    }

    @Test
    void concurrentDecodingIsSafe() {
        List<String> events = Frames.MESSAGES.stream().map(n -> Frames.serverEvent(Frames.load(n))).toList();
        List<HitboxMessage> expected = events.stream().map(CODEC::decodeEvent).toList();
        java.util.stream.IntStream.range(0, 2000).parallel().forEach(i -> {
            int k = i % events.size();
            assertThat(CODEC.decodeEvent(events.get(k))).isEqualTo(expected.get(k));
        });
    }
}
