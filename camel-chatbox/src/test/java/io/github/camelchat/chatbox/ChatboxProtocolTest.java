package io.github.camelchat.chatbox;

import java.util.ArrayList;
import java.util.List;

import io.github.camelchat.chatbox.model.ChatboxCodec;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import io.github.camelchat.chatbox.model.Say;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.session.SessionScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol's decisions, frame by frame, with a recording link. */
class ChatboxProtocolTest {

    private final ChatboxConfiguration configuration = new ChatboxConfiguration();
    private final ChatboxProtocol protocol;
    private final RecordingLink link = new RecordingLink();

    ChatboxProtocolTest() {
        configuration.setName("Bot");
        configuration.setLicenseKey("5c80b08d-9c68-4df3-83b8-8a8008196934");
        configuration.setRestartReconnectDelay(1234);
        protocol = new ChatboxProtocol(configuration, new ChatboxCodec());
        protocol.onOpen(link);
    }

    @ParameterizedTest
    @ValueSource(strings = { "unknown_user", "missing_capability", "invalid_mode", "missing_text", "missing_user",
            "unknown_type", "unknown_error", "text_too_large", "name_too_large" })
    void everyServerErrorRejectsItsMessageWithTheCode(String code) {
        protocol.onText("{\"ok\":false,\"error\":\"" + code + "\",\"message\":\"Nope.\",\"id\":7,\"type\":\"error\"}", link);
        assertThat(link.rejected).hasSize(1);
        assertThat(link.rejectedKey).isEqualTo(7L);
        ChatboxException error = (ChatboxException) link.rejected.get(0);
        assertThat(error.getErrorCode()).isEqualTo(code);
        assertThat(error.getReason()).isEqualTo(ChatException.Reason.REJECTED);
        assertThat(error.getMessage()).contains(code).contains("Nope.");
        assertThat(link.retried).isEmpty();
    }

    @Test
    void rateLimitedIsRetriedNotRejected() {
        protocol.onText("{\"ok\":false,\"error\":\"rate_limited\",\"message\":\"You got rate limited.\",\"id\":\"9\",\"type\":\"error\"}", link);
        assertThat(link.retried).containsExactly(9L);
        assertThat(link.rejected).isEmpty();
    }

    @Test
    void errorsWithoutAnIdAreOnlyLogged() {
        protocol.onText("{\"ok\":false,\"error\":\"unknown_user\",\"message\":\"x\",\"id\":-1,\"type\":\"error\"}", link);
        assertThat(link.rejected).isEmpty();
        assertThat(link.retried).isEmpty();
    }

    @Test
    void messageSentAcknowledgesAndMessageQueuedOnlyWhenAsked() throws Exception {
        protocol.encode(new ChatboxRequest(Say.of("a"), false), 1);
        protocol.encode(new ChatboxRequest(Say.of("b"), true), 2);
        protocol.onText("{\"ok\":true,\"reason\":\"message_queued\",\"id\":1,\"type\":\"success\"}", link);
        assertThat(link.acknowledged).isEmpty();
        protocol.onText("{\"ok\":true,\"reason\":\"message_queued\",\"id\":2,\"type\":\"success\"}", link);
        assertThat(link.acknowledged).containsExactly(2L);
        protocol.onText("{\"ok\":true,\"reason\":\"message_sent\",\"id\":1,\"type\":\"success\"}", link);
        assertThat(link.acknowledged).containsExactly(2L, 1L);
    }

    @Test
    void helloMakesTheSessionReadyEvenAfterPlayers() {
        protocol.onText("{\"ok\":true,\"time\":\"2026-01-01T00:00:00.000Z\",\"players\":[{\"type\":\"ingame\",\"name\":\"Steve\"}],\"id\":-1,\"type\":\"players\"}", link);
        assertThat(link.ready).isFalse();
        assertThat(protocol.players()).extracting(u -> u.name()).containsExactly("Steve");
        protocol.onText("{\"ok\":true,\"guest\":false,\"licenseOwner\":\"Owner\",\"capabilities\":[\"read\",\"say\"],\"id\":-1,\"type\":\"hello\"}", link);
        assertThat(link.ready).isTrue();
        assertThat(protocol.hello().hasCapability("say")).isTrue();
        assertThat(link.emitted).hasSize(2);
    }

    @Test
    void pingNullAndMalformedFramesProduceNothingAndSendNothing() {
        protocol.onText("{\"ok\":true,\"id\":-1,\"type\":\"ping\"}", link);
        protocol.onText("null", link);
        protocol.onText("{oops", link);
        assertThat(link.emitted).isEmpty();
        assertThat(link.sent).isEmpty();
    }

    @Test
    void eventsAreEmittedWithTheirRawText() {
        String frame = "{\"ok\":true,\"text\":\"hi\",\"user\":{\"type\":\"ingame\",\"name\":\"Steve\"},\"id\":-1,\"event\":\"chat_ingame\",\"type\":\"event\"}";
        protocol.onText(frame, link);
        assertThat(link.emitted).hasSize(1);
        assertThat(link.emitted.get(0).packet()).isInstanceOf(IngameChatEvent.class);
        assertThat(link.emitted.get(0).json()).isEqualTo(frame);
    }

    @ParameterizedTest(name = "close {0}")
    @CsvSource({
            "4000, false, 1234", "4001, true, -1", "4002, true, -1", "4003, true, -1", "4004, true, -1",
            "4005, true, -1", "4006, false, -1", "4100, false, -1", "4007, true, -1", "4101, true, -1",
            "1006, false, -1", "1000, false, -1" })
    void closeCodesOfBothServersAreClassified(int code, boolean fatal, long delay) {
        CloseDecision decision = protocol.onClose(code, "reason");
        assertThat(decision.fatal()).isEqualTo(fatal);
        assertThat(decision.delayMillis()).isEqualTo(delay);
        assertThat(decision.reason()).contains(String.valueOf(code));
    }

    @Test
    void aClosingPacketNamesTheReasonOfTheNextClose() {
        protocol.onText("{\"ok\":false,\"closeReason\":\"disabled_license\",\"reason\":\"Your license has been disabled\",\"type\":\"closing\"}", link);
        CloseDecision decision = protocol.onClose(1000, "");
        assertThat(decision.fatal()).isTrue();
        assertThat(decision.reason()).contains("disabled_license");
    }

    @Test
    void theConnectUriCarriesTheKeyButItsDisplayFormMasksIt() {
        var request = protocol.connectRequest().join();
        assertThat(request.uri().toString()).isEqualTo("wss://chat.reconnected.cc/v2/5c80b08d-9c68-4df3-83b8-8a8008196934");
        assertThat(request.toString()).isEqualTo("wss://chat.reconnected.cc/v2/xxxxxx");
        configuration.setGuest(true);
        assertThat(protocol.connectRequest().join().uri().toString()).isEqualTo("wss://chat.reconnected.cc/v2/guest");
    }

    private static final class RecordingLink implements ProtocolLink<ChatboxFrame> {
        final List<ChatboxFrame> emitted = new ArrayList<>();
        final List<String> sent = new ArrayList<>();
        final List<Object> acknowledged = new ArrayList<>();
        final List<Exception> rejected = new ArrayList<>();
        final List<Object> retried = new ArrayList<>();
        Object rejectedKey;
        boolean ready;

        @Override
        public void send(String text) {
            sent.add(text);
        }

        @Override
        public void ready() {
            ready = true;
        }

        @Override
        public void emit(ChatboxFrame event) {
            emitted.add(event);
        }

        @Override
        public boolean acknowledge(Object correlationKey, Object reply) {
            acknowledged.add(correlationKey);
            return true;
        }

        @Override
        public boolean reject(Object correlationKey, Exception cause) {
            rejectedKey = correlationKey;
            rejected.add(cause);
            return true;
        }

        @Override
        public boolean retry(Object correlationKey, Exception cause) {
            retried.add(correlationKey);
            return true;
        }

        @Override
        public void reconnect(String reason) {
        }

        @Override
        public void fail(String reason) {
        }

        @Override
        public SessionScheduler scheduler() {
            return null;
        }
    }
}
