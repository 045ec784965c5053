package io.github.camelchat.capi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.capi.model.CapiCodec;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.MessageType;
import io.github.camelchat.capi.model.UserUpdateEvent;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.session.SessionScheduler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CAPI protocol's decisions frame by frame, with a recording link. */
class CapiProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private final CapiConfiguration configuration = new CapiConfiguration();
    private final CapiProtocol protocol;
    private final RecordingLink link = new RecordingLink();

    CapiProtocolTest() {
        configuration.setName("bot");
        configuration.setApiKey(KEY);
        protocol = new CapiProtocol(configuration, new CapiCodec());
    }

    private void handshake() {
        protocol.connectRequest();
        protocol.onOpen(link);
        protocol.onText("{\"command\":\"Botapiauth.AuthenticateResponse\",\"request_id\":1,\"payload\":{}}", link);
        protocol.onText("{\"command\":\"Botapichat.ConnectResponse\",\"request_id\":2,\"payload\":{}}", link);
    }

    @Test
    void authenticatesThenConnectsThenIsReady() throws Exception {
        protocol.connectRequest();
        protocol.onOpen(link);
        JsonNode auth = JSON.readTree(link.sent.get(0));
        assertThat(auth.get("command").asText()).isEqualTo("Botapiauth.AuthenticateRequest");
        assertThat(auth.get("request_id").isIntegralNumber()).isTrue();
        assertThat(auth.at("/payload/api_key").asText()).isEqualTo(KEY);
        assertThat(link.ready).isFalse();

        // the document's spelling of the id and a {0,0} status are accepted as well
        protocol.onText("{\"command\":\"Botapiauth.AuthenticateResponse\",\"requestId\":1,\"status\":{\"area\":0,\"code\":0}}", link);
        JsonNode connect = JSON.readTree(link.sent.get(1));
        assertThat(connect.get("command").asText()).isEqualTo("Botapichat.ConnectRequest");
        assertThat(link.ready).isFalse();
        protocol.onText("{\"command\":\"Botapichat.ConnectResponse\",\"request_id\":" + connect.get("request_id") + "}", link);
        assertThat(link.ready).isTrue();
    }

    @Test
    void aCloseBeforeTheAuthenticateResponseIsAFatalBadKey() {
        protocol.connectRequest();
        protocol.onOpen(link);
        CloseDecision decision = protocol.onClose(1005, "");
        assertThat(decision.fatal()).isTrue();
        assertThat(decision.reason()).contains("API key rejected").doesNotContain(KEY);
    }

    @Test
    void aDropOrARestartDuringAuthenticationIsRetriedNotTakenForABadKey() {
        protocol.connectRequest();
        protocol.onOpen(link);
        assertThat(protocol.onError(new java.io.IOException("connection reset")).fatal()).isFalse();
        protocol.connectRequest();
        protocol.onOpen(link);
        assertThat(protocol.onClose(1001, "Server stopping").fatal()).isFalse();
    }

    @Test
    void aSilentServerDuringAuthenticationIsRetriedNotTakenForABadKey() {
        protocol.connectRequest();
        protocol.onOpen(link);
        CloseDecision decision = protocol.onError(
                new io.github.camelchat.common.session.SessionTimeoutException("handshake not completed within 15000 ms"));
        assertThat(decision.fatal()).isFalse();
        assertThat(decision.reason()).contains("handshake not completed");
    }

    @Test
    void closesAfterLoginAndFailedConnectsAreRetried() {
        protocol.connectRequest();
        assertThat(protocol.onError(new java.net.ConnectException("refused")).fatal()).isFalse();
        handshake();
        assertThat(protocol.onClose(1006, "").fatal()).isFalse();
    }

    @Test
    void initialListingIsMarkedAndEndsWithTheBotsOwnUpdate() {
        handshake();
        protocol.onText(update(1, "[b]mybot"), link);
        protocol.onText("{\"command\":\"Botapichat.ConnectEventRequest\",\"request_id\":3,\"payload\":{\"channel\":\"Op Lodle\"}}", link);
        protocol.onText(update(2, "Alice"), link);
        protocol.onText(update(3, "Bob"), link);
        protocol.onText(update(1, "[b]mybot"), link);
        protocol.onText(update(4, "Carol"), link); // a real join

        // the bot's first update belongs to the listing too: a greeter must not greet itself
        assertThat(link.emitted).extracting(CapiInbound::initialRoster)
                .containsExactly(true, false, true, true, true, false);
        assertThat(link.emitted.get(5).channel()).isEqualTo("Op Lodle");
        assertThat(protocol.roster().members()).extracting(CapiRoster.Member::toonName)
                .containsExactlyInAnyOrder("[b]mybot", "Alice", "Bob", "Carol");
    }

    @Test
    void bothUserUpdateShapesAndStringIdsAreRead() {
        handshake();
        protocol.onText("{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":5,\"payload\":{\"user_id\":\"7\","
                        + "\"toon_name\":\"Wire\",\"flag\":[\"Moderator\"],\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"W3XP\"},{\"key\":\"Wins\",\"value\":\"12\"}]}}", link);
        protocol.onText("{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":6,\"payload\":{\"user_id\":8,"
                        + "\"toon_name\":\"Doc\",\"flags\":[\"Admin\",\"Speaker\"],\"attributes\":{\"ProgramId\":\"STAR\",\"Rank\":\"3\"}}}", link);
        UserUpdateEvent wire = (UserUpdateEvent) link.emitted.get(0).event();
        assertThat(wire.userId()).isEqualTo(7);
        assertThat(wire.flags()).containsExactly("Moderator");
        assertThat(wire.attributes()).containsExactly(Map.entry("ProgramId", "W3XP"), Map.entry("Wins", "12"));
        UserUpdateEvent doc = (UserUpdateEvent) link.emitted.get(1).event();
        assertThat(doc.flags()).containsExactly("Admin", "Speaker");
        assertThat(doc.attributes()).containsEntry("ProgramId", "STAR").containsEntry("Rank", "3");
    }

    @Test
    void flagOnlyUpdatesKeepTheNameAndMessagesAreAttributedThroughTheRoster() {
        handshake();
        protocol.onText(update(5, "Dave"), link);
        protocol.onText("{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":7,\"payload\":{\"user_id\":5,\"flag\":[\"Speaker\"]}}", link);
        protocol.onText("{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":8,\"payload\":{\"user_id\":5,\"message\":\"hi\",\"type\":\"Channel\"}}", link);
        protocol.onText("{\"command\":\"Botapichat.UserLeaveEventRequest\",\"request_id\":9,\"payload\":{\"user_id\":5}}", link);

        CapiInbound message = link.emitted.get(2);
        assertThat(message.event()).isEqualTo(new MessageEvent(5, "hi", MessageType.Channel));
        assertThat(message.sender().toonName()).isEqualTo("Dave");
        assertThat(message.sender().flags()).containsExactly("Speaker");
        assertThat(link.emitted.get(3).sender().toonName()).as("a leave still names the user").isEqualTo("Dave");
        assertThat(protocol.roster().get(5)).isNull();
    }

    @Test
    void requestsAreEncodedWithTargetsResolvedWhenWritten() throws Exception {
        handshake();
        protocol.onText(update(6, "Eve"), link);
        Encoded whisper = protocol.encode(new CapiRequest(CapiOperation.sendWhisper, "psst", null, "eve"), 11);
        JsonNode w = JSON.readTree(whisper.text());
        assertThat(w.get("command").asText()).isEqualTo("Botapichat.SendWhisperRequest");
        assertThat(w.get("request_id").asLong()).isEqualTo(11);
        assertThat(w.at("/payload/user_id").asLong()).isEqualTo(6);
        assertThat(w.at("/payload/message").asText()).isEqualTo("psst");
        assertThat(whisper.correlationKey()).isEqualTo("11/Botapichat.SendWhisperResponse");

        JsonNode unban = JSON.readTree(protocol.encode(new CapiRequest(CapiOperation.unbanUser, null, null, "Mallory"), 12).text());
        assertThat(unban.at("/payload/toon_name").asText()).isEqualTo("Mallory");
        JsonNode kick = JSON.readTree(protocol.encode(new CapiRequest(CapiOperation.kickUser, null, 6L, null), 13).text());
        assertThat(kick.at("/payload/user_id").asLong()).isEqualTo(6);
        JsonNode mod = JSON.readTree(protocol.encode(new CapiRequest(CapiOperation.setModerator, null, null, "Eve"), 14).text());
        assertThat(mod.get("command").asText()).isEqualTo("Botapichat.SendSetModeratorRequest");

        assertThatThrownBy(() -> protocol.encode(new CapiRequest(CapiOperation.banUser, null, null, "Nobody"), 15))
                .isInstanceOf(CapiException.class).hasMessageContaining("'Nobody' is not in the channel");
    }

    @Test
    void responsesAreCorrelatedByIdAndCommandAndStatusesMapped() {
        handshake();
        protocol.onText("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":20}", link);
        assertThat(link.acknowledged).containsExactly("20/Botapichat.SendMessageResponse");

        protocol.onText("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":21,\"status\":{\"area\":6,\"code\":8}}", link);
        assertThat(link.retried).containsExactly("21/Botapichat.SendMessageResponse");
        assertThat(link.reconnects).isEmpty();

        protocol.onText("{\"command\":\"Botapichat.SendWhisperResponse\",\"request_id\":22,\"status\":{\"area\":8,\"code\":2}}", link);
        CapiException bad = (CapiException) link.rejected.get(0);
        assertThat(bad.getArea()).isEqualTo(8);
        assertThat(bad.getCode()).isEqualTo(2);
        assertThat(bad.getMeaning()).isEqualTo("bad request");
        assertThat(bad.getReason()).isEqualTo(ChatException.Reason.REJECTED);

        protocol.onText("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":23,\"status\":{\"area\":8,\"code\":1}}", link);
        assertThat(link.retried).contains("23/Botapichat.SendMessageResponse");
        assertThat(link.reconnects).hasSize(1);
    }

    @Test
    void malformedFramesAndUnknownCommandsAreSkipped() {
        handshake();
        protocol.onText("{not json", link);
        protocol.onText("[]", link);
        protocol.onText("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":\"x\"}}", link);
        protocol.onText("{\"command\":\"Botapichat.SomethingNewEventRequest\",\"payload\":{}}", link);
        protocol.onText("{\"command\":\" Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":1,\"message\":\"ok\",\"type\":\"Emote\"}}", link);
        assertThat(link.emitted).hasSize(1);
        assertThat(((MessageEvent) link.emitted.get(0).event()).type()).isEqualTo(MessageType.Emote);
    }

    @Test
    void theConnectRequestNeverCarriesTheKeyAndOffersTheSubprotocolOnlyWhenAsked() {
        var request = protocol.connectRequest().join();
        assertThat(request.uri().toString()).isEqualTo(CapiConfiguration.DEFAULT_URL);
        assertThat(request.subprotocols()).isEmpty();
        configuration.setSubprotocol("json");
        assertThat(protocol.connectRequest().join().subprotocols()).containsExactly("json");
    }

    private static String update(long id, String name) {
        return "{\"command\":\"Botapichat.UserUpdateEventRequest\",\"request_id\":4,\"payload\":{\"user_id\":" + id
               + ",\"toon_name\":\"" + name + "\"}}";
    }

    private static final class RecordingLink implements ProtocolLink<CapiInbound> {
        final List<CapiInbound> emitted = new ArrayList<>();
        final List<String> sent = new ArrayList<>();
        final List<Object> acknowledged = new ArrayList<>();
        final List<Exception> rejected = new ArrayList<>();
        final List<Object> retried = new ArrayList<>();
        final List<String> reconnects = new ArrayList<>();
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
        public void emit(CapiInbound event) {
            emitted.add(event);
        }

        @Override
        public boolean acknowledge(Object key, Object reply) {
            acknowledged.add(key);
            return true;
        }

        @Override
        public boolean reject(Object key, Exception cause) {
            rejected.add(cause);
            return true;
        }

        @Override
        public boolean retry(Object key, Exception cause) {
            retried.add(key);
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
            return null;
        }
    }
}
