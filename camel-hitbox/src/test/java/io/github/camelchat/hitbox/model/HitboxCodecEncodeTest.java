package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.hitbox.socketio.SioPacket;
import io.github.camelchat.hitbox.socketio.SioPacketType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitboxCodecEncodeTest {

    private static final Instant NOW = Instant.parse("2015-08-16T08:36:45.529Z");
    private static final HitboxCodec CODEC = new HitboxCodec(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String HOSTILE = "He said \"hi\"\\ \n\r\t\u0000\u0007\u001f 5:::{\"name\":\"message\",\"args\":[]}"
            + " 2:: \u2028 \uD83D\uDE00 lone \uD83D </script> ::: ";

    /** Checks the framing and returns {@code args[0]} of the frame. */
    private static JsonNode arg(String frame) throws Exception {
        assertThat(frame).startsWith("5:::{\"name\":\"message\",\"args\":[{\"method\":");
        assertThat(frame).doesNotContain("\n", "\r", "\u0000", "\u2028", "\uD83D");
        SioPacket packet = SioPacket.parse(frame);
        assertThat(packet.type()).isEqualTo(SioPacketType.EVENT);
        assertThat(packet.id()).isNull();
        assertThat(packet.endpoint()).isEmpty();
        JsonNode event = JSON.readTree(packet.data());
        assertThat(event.size()).isEqualTo(2);
        assertThat(event.get("name").textValue()).isEqualTo("message");
        assertThat(event.get("args").size()).isEqualTo(1);
        JsonNode arg = event.get("args").get(0);
        assertThat(arg.isObject()).as("object argument, never a string").isTrue();
        assertThat(arg.size()).isEqualTo(2);
        return arg;
    }

    private static void assertRequest(String frame, String method, String params) throws Exception {
        JsonNode arg = arg(frame);
        assertThat(arg.get("method").textValue()).isEqualTo(method);
        assertThat(arg.get("params")).isEqualTo(JSON.readTree(params));
    }

    @Test
    void joinChannelExactFrame() {
        assertThat(CODEC.joinChannel("HitAkashi", "Hitakashi", "tok", false, false)).isEqualTo(
                "5:::{\"name\":\"message\",\"args\":[{\"method\":\"joinChannel\",\"params\":{\"channel\":\"hitakashi\","
                        + "\"name\":\"Hitakashi\",\"token\":\"tok\",\"isAdmin\":false}}]}");
    }

    @Test
    void joinChannel() throws Exception {
        assertRequest(CODEC.joinChannel("HitAkashi", "Hitakashi", "tok", true, true), "joinChannel",
                "{\"channel\":\"hitakashi\",\"name\":\"Hitakashi\",\"token\":\"tok\",\"isAdmin\":false,"
                        + "\"hideBuffered\":true,\"notify\":true}");
        assertRequest(CODEC.encode(JoinChannelRequest.guest("Chan")), "joinChannel",
                "{\"channel\":\"chan\",\"name\":\"UnknownSoldier\",\"token\":null,\"isAdmin\":false}");
        assertRequest(CODEC.encode(JoinChannelRequest.of("c", "bob", null)), "joinChannel",
                "{\"channel\":\"c\",\"name\":\"bob\",\"token\":null,\"isAdmin\":false}");
        assertThat(CODEC.encode(JoinChannelRequest.guest("c"))).contains("\"token\":null");
    }

    @Test
    void partChannel() throws Exception {
        assertRequest(CODEC.partChannel("Hitakashi"), "partChannel", "{\"name\":\"Hitakashi\"}");
        assertRequest(CODEC.partChannel(null), "partChannel", "{\"name\":\"UnknownSoldier\"}");
    }

    @Test
    void chatMsg() throws Exception {
        assertThat(CODEC.chatMsg("Chan", "bob", "#53BE34", "hello")).isEqualTo(
                "5:::{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"channel\":\"chan\","
                        + "\"name\":\"bob\",\"nameColor\":\"53BE34\",\"text\":\"hello\"}}]}");
        assertRequest(CODEC.chatMsg("chan", "bob", null, "no colour"), "chatMsg",
                "{\"channel\":\"chan\",\"name\":\"bob\",\"text\":\"no colour\"}");
    }

    @Test
    void chatMsgMeAction() throws Exception {
        assertRequest(CODEC.chatMsg("chan", "bob", "FF0000", "/me waves"), "chatMsg",
                "{\"channel\":\"chan\",\"name\":\"bob\",\"nameColor\":\"FF0000\",\"text\":\"waves\",\"type\":\"me\"}");
        assertRequest(CODEC.chatMsg("chan", "bob", null, "/ME dances"), "chatMsg",
                "{\"channel\":\"chan\",\"name\":\"bob\",\"text\":\"dances\",\"type\":\"me\"}");
        assertRequest(CODEC.encode(new ChatMsgRequest("chan", "bob", null, "explicit", true)), "chatMsg",
                "{\"channel\":\"chan\",\"name\":\"bob\",\"text\":\"explicit\",\"type\":\"me\"}");
        // not actions: "/me" alone, "/meh", "/me" in the middle
        for (String text : new String[] {"/me", "/me ", "/meh x", "say /me x"}) {
            assertThat(arg(CODEC.chatMsg("chan", "bob", null, text)).get("params").get("text").textValue())
                    .isEqualTo(text);
            assertThat(arg(CODEC.chatMsg("chan", "bob", null, text)).get("params").has("type")).isFalse();
        }
        assertThat(ChatMsgRequest.of("c", "n", null, "/me x")).isEqualTo(new ChatMsgRequest("c", "n", null, "x", true));
    }

    @Test
    void directMsg() throws Exception {
        assertRequest(CODEC.directMsg("Chan", "bob", "alice", "53BE34", "psst"), "directMsg",
                "{\"channel\":\"chan\",\"from\":\"bob\",\"to\":\"alice\",\"nameColor\":\"53BE34\",\"text\":\"psst\"}");
    }

    @Test
    void userQueries() throws Exception {
        assertRequest(CODEC.getChannelUserList("Chan"), "getChannelUserList", "{\"channel\":\"chan\"}");
        assertRequest(CODEC.getChannelUser("Chan", "Bob"), "getChannelUser",
                "{\"channel\":\"chan\",\"name\":\"Bob\"}");
        assertRequest(CODEC.mediaLog("Chan", "bob", "tok"), "mediaLog",
                "{\"channel\":\"chan\",\"type\":\"image\",\"name\":\"bob\",\"token\":\"tok\"}");
        assertRequest(CODEC.encode(new MediaLogRequest("chan", null, "bob", null)), "mediaLog",
                "{\"channel\":\"chan\",\"type\":\"image\",\"name\":\"bob\",\"token\":null}");
    }

    @Test
    void moderation() throws Exception {
        assertRequest(CODEC.kickUser("Chan", "troll", "tok", 600), "kickUser",
                "{\"channel\":\"chan\",\"name\":\"troll\",\"token\":\"tok\",\"timeout\":\"600\"}");
        assertRequest(CODEC.banUser("Chan", "troll", null, false), "banUser",
                "{\"channel\":\"chan\",\"name\":\"troll\"}");
        assertRequest(CODEC.banUser("Chan", "troll", "tok", false), "banUser",
                "{\"channel\":\"chan\",\"name\":\"troll\",\"token\":\"tok\"}");
        assertRequest(CODEC.banUser("Chan", "troll", "tok", true), "banUser",
                "{\"channel\":\"chan\",\"name\":\"troll\",\"token\":\"tok\",\"banIP\":true}");
        assertRequest(CODEC.unbanUser("Chan", "troll", "tok"), "unbanUser",
                "{\"channel\":\"chan\",\"name\":\"troll\",\"token\":\"tok\"}");
        assertRequest(CODEC.makeMod("Chan", "friend", "tok"), "makeMod",
                "{\"channel\":\"chan\",\"name\":\"friend\",\"token\":\"tok\"}");
        assertRequest(CODEC.removeMod("Chan", "friend", "tok"), "removeMod",
                "{\"channel\":\"chan\",\"name\":\"friend\",\"token\":\"tok\"}");
    }

    @Test
    void slowAndSubscriberMode() throws Exception {
        assertRequest(CODEC.slowMode("Chan", 10), "slowMode", "{\"channel\":\"chan\",\"time\":10}");
        assertRequest(CODEC.slowMode("Chan", 0), "slowMode", "{\"channel\":\"chan\",\"time\":0}");
        assertRequest(CODEC.subscriberOnly("Chan", true), "slowMode",
                "{\"channel\":\"chan\",\"subscriber\":true,\"rate\":0}");
        assertRequest(CODEC.subscriberOnly("Chan", false), "slowMode",
                "{\"channel\":\"chan\",\"subscriber\":false,\"rate\":0}");
    }

    @Test
    void motdMsg() throws Exception {
        assertRequest(CODEC.motdMsg("Chan", "Hitakashi", "53BE34", "Be nice", Instant.parse("2015-08-16T08:36:45Z")),
                "motdMsg", "{\"channel\":\"chan\",\"name\":\"Hitakashi\",\"nameColor\":\"53BE34\","
                        + "\"text\":\"Be nice\",\"time\":\"2015-08-16T08:36:45.000Z\"}");
        assertRequest(CODEC.motdMsg("Chan", "Hitakashi", null, "", null), "motdMsg",
                "{\"channel\":\"chan\",\"name\":\"Hitakashi\",\"text\":\"\",\"time\":\"2015-08-16T08:36:45.529Z\"}");
        assertRequest(CODEC.encode(new MotdMsgRequest("chan", "n", null, null,
                        Instant.parse("2015-08-16T08:36:45.123456789Z"))), "motdMsg",
                "{\"channel\":\"chan\",\"name\":\"n\",\"text\":\"\",\"time\":\"2015-08-16T08:36:45.123Z\"}");
    }

    @Test
    void hostileTextIsEscapedInEveryTextField() throws Exception {
        JsonNode chat = arg(CODEC.chatMsg("chan", HOSTILE, HOSTILE, HOSTILE)).get("params");
        assertThat(chat.get("name").textValue()).isEqualTo(HOSTILE);
        assertThat(chat.get("text").textValue()).isEqualTo(HOSTILE);
        JsonNode dm = arg(CODEC.directMsg("chan", HOSTILE, HOSTILE, null, HOSTILE)).get("params");
        assertThat(dm.get("from").textValue()).isEqualTo(HOSTILE);
        assertThat(dm.get("to").textValue()).isEqualTo(HOSTILE);
        assertThat(dm.get("text").textValue()).isEqualTo(HOSTILE);
        JsonNode motd = arg(CODEC.motdMsg("chan", "n", null, HOSTILE, NOW)).get("params");
        assertThat(motd.get("text").textValue()).isEqualTo(HOSTILE);
        JsonNode join = arg(CODEC.joinChannel("chan", HOSTILE, HOSTILE, false, false)).get("params");
        assertThat(join.get("token").textValue()).isEqualTo(HOSTILE);
        String longText = HOSTILE.repeat(300);
        assertThat(arg(CODEC.chatMsg("chan", "n", null, longText)).get("params").get("text").textValue())
                .isEqualTo(longText);
    }

    @Test
    void encodedRequestsDecodeBackToTheirFields() {
        ChatMsg echo = (ChatMsg) CODEC.decode(SioPacket.parse(CODEC.chatMsg("Chan", "bob", "53BE34", HOSTILE)));
        assertThat(echo).isEqualTo(new ChatMsg("chan", "bob", "53BE34", HOSTILE, null, null, null, null, null, null,
                null, null, null, null, null, null, null));
        assertThat(CODEC.decode(SioPacket.parse(CODEC.joinChannel("c", "n", "t", false, false))))
                .isInstanceOf(UnknownMessage.class);
    }

    @Test
    void everyRequestTypeEncodes() {
        HitboxRequest[] all = {
                JoinChannelRequest.of("c", "n", "t"), new PartChannelRequest("n"),
                ChatMsgRequest.of("c", "n", null, "t"), new DirectMsgRequest("c", "a", "b", null, "t"),
                new GetChannelUserListRequest("c"), new GetChannelUserRequest("c", "n"),
                new MediaLogRequest("c", null, "n", "t"), new KickUserRequest("c", "n", "t", 1),
                new BanUserRequest("c", "n", "t", true), new UnbanUserRequest("c", "n", "t"),
                new MakeModRequest("c", "n", "t"), new RemoveModRequest("c", "n", "t"),
                SlowModeRequest.slowMode("c", 5), new MotdMsgRequest("c", "n", null, "x", null)};
        assertThat(HitboxRequest.class.getPermittedSubclasses()).hasSize(all.length);
        for (HitboxRequest request : all) {
            assertThat(CODEC.encode(request)).contains("\"method\":\"" + request.method() + "\"");
        }
    }

    @Test
    void invalidRequestsNameTheFieldNotTheValue() {
        assertThatThrownBy(() -> CODEC.chatMsg(null, "n", null, "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> CODEC.chatMsg(" ", "n", null, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.chatMsg("c", null, null, "t")).hasMessageContaining("'name'");
        assertThatThrownBy(() -> CODEC.chatMsg("c", "n", null, null)).hasMessageContaining("'text'");
        assertThatThrownBy(() -> CODEC.directMsg("c", "a", null, null, "t")).hasMessageContaining("'to'");
        assertThatThrownBy(() -> CODEC.directMsg("c", null, "b", null, "t")).hasMessageContaining("'from'");
        assertThatThrownBy(() -> CODEC.getChannelUser("c", "")).hasMessageContaining("'name'");
        assertThatThrownBy(() -> CODEC.kickUser("c", "n", "t", -1)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> CODEC.slowMode("c", -1)).hasMessageContaining("time");
        assertThatThrownBy(() -> CODEC.encode(new SlowModeRequest("c", null, null)))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> CODEC.encode(new SlowModeRequest("c", 5, true)))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> CODEC.motdMsg("c", null, null, "t", null)).hasMessageContaining("'name'");
        assertThatThrownBy(() -> CODEC.joinChannel("c", null, "SecretTok", false, false))
                .hasMessageContaining("token needs a name").hasMessageNotContaining("SecretTok");
        assertThatThrownBy(() -> CODEC.encode(null)).isInstanceOf(NullPointerException.class);
    }
}
