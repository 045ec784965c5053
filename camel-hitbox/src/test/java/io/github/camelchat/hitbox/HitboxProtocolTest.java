package io.github.camelchat.hitbox;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.session.SessionScheduler;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.HitboxCodec;
import io.github.camelchat.hitbox.model.UserList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hitbox protocol's decisions packet by packet, with a recording link. */
class HitboxProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cr3t-token-value";

    private final HitboxConfiguration configuration = new HitboxConfiguration();
    private final HitboxProtocol protocol;
    private final RecordingLink link = new RecordingLink();

    HitboxProtocolTest() {
        configuration.setChannel("MyChannel");
        configuration.setName("Bot");
        configuration.setToken(TOKEN);
        protocol = new HitboxProtocol(configuration, new HitboxCodec(), HttpClient.newHttpClient());
        protocol.onOpen(link);
    }

    /** A server message as the real server sends it: args[0] is a JSON string. */
    private static String server(String method, String params) throws Exception {
        String inner = "{\"method\":\"" + method + "\",\"params\":" + params + "}";
        return "5:::" + JSON.writeValueAsString(JSON.createObjectNode().put("name", "message")
                .set("args", JSON.createArrayNode().add(inner)));
    }

    private void login(String role) throws Exception {
        protocol.onText("1::", link);
        protocol.onText(server("loginMsg", "{\"channel\":\"mychannel\",\"name\":\"Bot\",\"role\":\"" + role + "\"}"), link);
    }

    @Test
    void connectThenJoinThenLoginMakesItReady() throws Exception {
        protocol.onText("1::", link);
        JsonNode join = JSON.readTree(link.sent.get(0).substring(4)).at("/args/0");
        assertThat(join.get("method").asText()).isEqualTo("joinChannel");
        assertThat(join.at("/params/channel").asText()).isEqualTo("mychannel");
        assertThat(join.at("/params/name").asText()).isEqualTo("Bot");
        assertThat(join.at("/params/token").asText()).isEqualTo(TOKEN);
        assertThat(link.ready).isFalse();
        protocol.onText(server("loginMsg", "{\"channel\":\"mychannel\",\"name\":\"Bot\",\"role\":\"anon\"}"), link);
        assertThat(link.ready).isTrue();
        assertThat(protocol.role()).isEqualTo("anon");
    }

    @Test
    void heartbeatsAreEchoed() {
        protocol.onText("2::", link);
        assertThat(link.sent).containsExactly("2::");
    }

    @Test
    void aGuestLoginIsFatalUnlessAllowed() throws Exception {
        login("guest");
        assertThat(link.failure).contains("credentials rejected").doesNotContain(TOKEN);
        assertThat(link.ready).isFalse();

        configuration.setAllowGuest(true);
        RecordingLink other = new RecordingLink();
        HitboxProtocol lenient = new HitboxProtocol(configuration, new HitboxCodec(), HttpClient.newHttpClient());
        lenient.onOpen(other);
        lenient.onText(server("loginMsg", "{\"channel\":\"mychannel\",\"name\":\"UnknownSoldier\",\"role\":\"guest\"}"), other);
        assertThat(other.ready).isTrue();
        assertThatThrownBy(() -> lenient.encode(new HitboxCall(HitboxOperation.chatMsg, "hi", null, false, null), 1))
                .isInstanceOf(HitboxException.class).hasMessageContaining("guest");
    }

    @Test
    void chatIsConfirmedByItsEchoAndRefusedByABareInfoMsg() throws Exception {
        login("anon");
        var first = protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "hello \"all\"\n:::5", null, false, null), 1);
        JsonNode sent = JSON.readTree(first.text().substring(4)).at("/args/0/params");
        assertThat(sent.get("text").asText()).isEqualTo("hello \"all\"\n:::5");
        // a backlog copy or someone else's identical line is not our confirmation
        protocol.onText(server("chatMsg", "{\"channel\":\"mychannel\",\"name\":\"Other\",\"text\":\"hello \\\"all\\\"\\n:::5\"}"), link);
        assertThat(link.acknowledged).isEmpty();
        protocol.onText(server("chatMsg", "{\"channel\":\"mychannel\",\"name\":\"bot\",\"text\":\"hello \\\"all\\\"\\n:::5\",\"time\":1426785188}"), link);
        assertThat(link.acknowledged).containsExactly(first.correlationKey());
        assertThat(link.replies.get(0)).isInstanceOf(ChatMsg.class);

        var second = protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "too fast", null, false, null), 2);
        protocol.onText(server("infoMsg", "{\"channel\":\"mychannel\",\"text\":\"Slow mode is on, wait 5 seconds\",\"timestamp\":1426785190}"), link);
        assertThat(link.rejectedKeys).containsExactly(second.correlationKey());
        assertThat(link.rejected.get(0)).isInstanceOf(HitboxException.class).hasMessageContaining("Slow mode");
        assertThat(((ChatException) link.rejected.get(0)).getReason()).isEqualTo(ChatException.Reason.REJECTED);
    }

    @Test
    void aReplyGoesToTheOldestMessageStillWaitingNotToOneThatTimedOut() throws Exception {
        login("user");
        var lost = protocol.encode(new HitboxCall(HitboxOperation.directMsg, "one", "Alice", false, null), 1);
        var next = protocol.encode(new HitboxCall(HitboxOperation.directMsg, "two", "Alice", false, null), 2);
        link.givenUp.add(lost.correlationKey());  // its send timeout passed without an answer
        protocol.onText(server("infoMsg", "{\"channel\":\"mychannel\",\"text\":\"Direct message to Alice sent.\",\"timestamp\":1,\"action\":\"directmsg\"}"), link);
        assertThat(link.acknowledged).containsExactly(next.correlationKey());

        var lostChat = protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "first", null, false, null), 3);
        var nextChat = protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "second", null, false, null), 4);
        link.givenUp.add(lostChat.correlationKey());
        protocol.onText(server("infoMsg", "{\"channel\":\"mychannel\",\"text\":\"Slow mode is on, wait 5 seconds\",\"timestamp\":1426785190}"), link);
        assertThat(link.rejectedKeys).containsExactly(nextChat.correlationKey());
        assertThat(link.rejected.get(0)).hasMessageContaining("Slow mode");
    }

    @Test
    void identicalConsecutiveTextIsRefusedRatherThanLostSilently() throws Exception {
        login("anon");
        protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "same", null, false, null), 1);
        assertThatThrownBy(() -> protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "same", null, false, null), 2))
                .isInstanceOf(HitboxException.class).hasMessageContaining("identical");
        protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "different", null, false, null), 3);
        protocol.encode(new HitboxCall(HitboxOperation.chatMsg, "same", null, false, null), 4);
    }

    @Test
    void repliesToQueriesAndDirectMessagesAreCorrelated() throws Exception {
        login("user");
        var list = protocol.encode(new HitboxCall(HitboxOperation.getChannelUserList, null, null, false, null), 1);
        protocol.onText(server("userList", "{\"channel\":\"mychannel\",\"data\":{\"Guests\":3,\"admin\":[\"Owner\"],\"user\":[],\"anon\":[\"a\",\"b\"]}}"), link);
        assertThat(link.acknowledged).containsExactly(list.correlationKey());
        assertThat(((UserList) link.replies.get(0)).data().anon()).containsExactly("a", "b");

        var info = protocol.encode(new HitboxCall(HitboxOperation.getChannelUser, null, "Alice", false, null), 2);
        protocol.onText(server("userInfo", "{\"channel\":\"mychannel\",\"name\":\"alice\",\"role\":\"anon\",\"timestamp\":1}"), link);
        assertThat(link.acknowledged).contains(info.correlationKey());

        var direct = protocol.encode(new HitboxCall(HitboxOperation.directMsg, "psst", "Alice", false, null), 3);
        JsonNode dm = JSON.readTree(direct.text().substring(4)).at("/args/0/params");
        assertThat(dm.get("to").asText()).isEqualTo("Alice");
        assertThat(dm.get("from").asText()).isEqualTo("Bot");
        protocol.onText(server("infoMsg", "{\"channel\":\"mychannel\",\"text\":\"Direct message to Alice sent.\",\"timestamp\":1,\"action\":\"directmsg\"}"), link);
        assertThat(link.acknowledged).contains(direct.correlationKey());

        var kick = protocol.encode(new HitboxCall(HitboxOperation.kickUser, null, "Mallory", false, 30), 4);
        assertThat(kick.correlationKey()).as("no reply: done once written").isNull();
        assertThat(JSON.readTree(kick.text().substring(4)).at("/args/0/params/token").asText()).isEqualTo(TOKEN);
    }

    @Test
    void everyMessageIsEmittedAndUnknownMethodsToo() throws Exception {
        login("anon");
        protocol.onText(server("somethingNew", "{\"channel\":\"mychannel\",\"x\":1}"), link);
        protocol.onText("5:::{\"name\":\"message\",\"args\":[{\"method\":\"chatMsg\",\"params\":{\"channel\":\"mychannel\",\"name\":\"Obj\",\"text\":\"object args\"}}]}", link);
        protocol.onText("5:::{not json", link);
        protocol.onText("garbage", link);
        assertThat(link.emitted).extracting(i -> i.message().method()).containsExactly("loginMsg", "somethingNew", "chatMsg");
        assertThat(((ChatMsg) link.emitted.get(2).message()).text()).isEqualTo("object args");
    }

    @Test
    void theEmittedJsonIsTheMessageAsTheServerWroteIt() throws Exception {
        login("anon");
        String inner = "{\"method\":\"chatMsg\",\"params\":{\"channel\":\"mychannel\",\"name\":\"A\","
                + "\"text\":\"a: \\\"b\\\" \u00e9 \ud83d\ude00\\n\\u00e9\"}}";
        String event = JSON.writeValueAsString(JSON.createObjectNode().put("name", "message")
                .set("args", JSON.createArrayNode().add(inner)));
        protocol.onText("5:::" + event, link);
        protocol.onText("5:7+:/chat:" + event, link);
        protocol.onText("5:::{\"name\":\"message\",\"args\":[ {\"method\":\"chatMsg\", \"params\":{\"text\":\"obj\"}} ]}", link);
        protocol.onText("3:::" + inner, link);
        protocol.onText("4:::" + JSON.writeValueAsString(inner), link);
        protocol.onText("5:::", link);
        assertThat(link.emitted).hasSize(6);
        assertThat(link.emitted.get(1).json()).isEqualTo(inner);
        assertThat(((ChatMsg) link.emitted.get(1).message()).text()).isEqualTo("a: \"b\" \u00e9 \ud83d\ude00\n\u00e9");
        assertThat(link.emitted.get(2).json()).isEqualTo(inner);
        assertThat(link.emitted.get(3).json()).isEqualTo("{\"method\":\"chatMsg\", \"params\":{\"text\":\"obj\"}}");
        assertThat(link.emitted.get(4).json()).isEqualTo(inner);
        assertThat(link.emitted.get(5).json()).isEqualTo(JSON.writeValueAsString(inner));
        assertThat(link.emitted.get(5).message()).isEqualTo(link.emitted.get(1).message());
    }

    @Test
    void socketIoControlPacketsReconnect() {
        protocol.onText("7:::1+0", link);
        protocol.onText("0::", link);
        assertThat(link.reconnects).hasSize(2);
        assertThat(link.reconnects.get(0)).contains("7:::1+0");
    }

    @Test
    void handshakeRefusalsAreFatalAndOtherLossesRetried() {
        CloseDecision refused = protocol.onError(new java.util.concurrent.CompletionException(
                new HitboxProtocol.HandshakeRefusedException(java.net.URI.create("http://127.0.0.1:1"), 401)));
        assertThat(refused.fatal()).isTrue();
        assertThat(refused.reason()).contains("401");
        assertThat(protocol.onClose(1006, "").fatal()).isFalse();
    }

    private static final class RecordingLink implements ProtocolLink<HitboxInbound> {
        final List<HitboxInbound> emitted = new ArrayList<>();
        final List<String> sent = new ArrayList<>();
        final List<Object> acknowledged = new ArrayList<>();
        final List<Object> replies = new ArrayList<>();
        final List<Object> rejectedKeys = new ArrayList<>();
        final List<Exception> rejected = new ArrayList<>();
        final List<String> reconnects = new ArrayList<>();
        /** Keys the outbound queue no longer knows (timed out): acknowledging or rejecting them does nothing. */
        final java.util.Set<Object> givenUp = new java.util.HashSet<>();
        boolean ready;
        String failure;

        @Override
        public void send(String text) {
            sent.add(text);
        }

        @Override
        public void ready() {
            ready = true;
        }

        @Override
        public void emit(HitboxInbound event) {
            emitted.add(event);
        }

        @Override
        public boolean acknowledge(Object key, Object reply) {
            if (givenUp.contains(key)) {
                return false;
            }
            acknowledged.add(key);
            replies.add(reply);
            return true;
        }

        @Override
        public boolean reject(Object key, Exception cause) {
            if (givenUp.contains(key)) {
                return false;
            }
            rejectedKeys.add(key);
            rejected.add(cause);
            return true;
        }

        @Override
        public boolean retry(Object key, Exception cause) {
            return true;
        }

        @Override
        public void reconnect(String reason) {
            reconnects.add(reason);
        }

        @Override
        public void fail(String reason) {
            failure = reason;
        }

        @Override
        public SessionScheduler scheduler() {
            return new SessionScheduler() {
                @Override
                public long nowMillis() {
                    return 0;
                }

                @Override
                public Cancellable schedule(Runnable task, long delayMillis) {
                    return Cancellable.NONE;
                }
            };
        }
    }
}
