package io.github.camelchat.common.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.send.SendPolicy;
import io.github.camelchat.common.send.WhileDisconnected;
import io.github.camelchat.common.testing.FakeSocket;
import io.github.camelchat.common.testing.FakeTransport;
import io.github.camelchat.common.testing.SessionHarness;
import io.github.camelchat.common.testing.TestProtocol;
import org.junit.jupiter.api.Test;

import static io.github.camelchat.common.testing.Futures.chatFailure;
import static org.assertj.core.api.Assertions.assertThat;

class ChatSessionLifecycleTest {

    private final SessionHarness h = SessionHarness.create();

    @Test
    void startConnectsHandshakesAndBecomesReady() {
        assertThat(h.session.getState()).isEqualTo(SessionState.NEW);
        assertThat(h.transport.openCount()).isZero();

        h.session.start();
        assertThat(h.session.getState()).isEqualTo(SessionState.CONNECTING);
        assertThat(h.transport.openCount()).isEqualTo(1);
        assertThat(h.current().request().uri()).isEqualTo(TestProtocol.URI_WITH_SECRET);
        assertThat(h.session.getConnectAttempts()).isEqualTo(1);

        h.current().accept();
        assertThat(h.session.getState()).isEqualTo(SessionState.HANDSHAKING);
        assertThat(h.protocol.openCount()).isEqualTo(1);

        h.current().serverSends("hello");
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        assertThat(h.session.getStateReason()).isNull();
        assertThat(h.session.getReadyCount()).isEqualTo(1);
        assertThat(h.session.getFailedAttempts()).isZero();
        assertThat(h.states).containsExactly(SessionState.CONNECTING, SessionState.HANDSHAKING, SessionState.READY);
    }

    @Test
    void startIsIdempotent() {
        h.session.start();
        h.session.start();
        h.connect();
        h.session.start();

        assertThat(h.transport.openCount()).isEqualTo(1);
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
    }

    @Test
    void protocolCanWriteHandshakeFramesThroughItsLink() {
        SessionHarness greeted = SessionHarness.builder().protocol(new TestProtocol().greeting("login")).build();
        greeted.session.start();
        FakeSocket socket = greeted.current().accept();

        assertThat(socket.sentTexts()).containsExactly("login");
        assertThat(greeted.session.getState()).isEqualTo(SessionState.HANDSHAKING);
    }

    @Test
    void stopClosesTheSocketCleanlyAndFailsEverythingPendingWithStopped() {
        SessionHarness windowOfOne = SessionHarness.builder()
                .send(new SendPolicy(10, 0, 1, 60_000, 500, WhileDisconnected.WAIT, true)).build();
        FakeSocket socket = windowOfOne.connect();
        CompletableFuture<Object> inFlight = windowOfOne.session.send("a");
        CompletableFuture<Object> waiting = windowOfOne.session.send("b");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");

        windowOfOne.session.stop();

        assertThat(socket.closes()).extracting(FakeSocket.Close::code).containsExactly(1000);
        assertThat(socket.aborted()).isFalse();
        assertThat(windowOfOne.session.getState()).isEqualTo(SessionState.STOPPED);
        assertThat(windowOfOne.states).endsWith(SessionState.STOPPED);
        chatFailure(inFlight, Reason.STOPPED);
        chatFailure(waiting, Reason.STOPPED);
        chatFailure(windowOfOne.session.send("c"), Reason.STOPPED);
        assertThat(windowOfOne.session.getQueuedCount()).isZero();
    }

    @Test
    void afterStopNothingReconnectsAndTheOldSocketIsDeaf() {
        h.connect();
        FakeTransport.Open first = h.current();
        h.session.stop();

        first.serverSends("evt:late");
        first.serverCloses(1006, "gone");
        first.serverErrors(new java.io.IOException("reset"));
        h.clock.advance(3_600_000);

        assertThat(h.events).isEmpty();
        assertThat(h.transport.openCount()).isEqualTo(1);
        assertThat(h.session.getState()).isEqualTo(SessionState.STOPPED);
    }

    @Test
    void stopWhileConnectingAbortsTheSocketThatOpensLate() {
        h.session.start();
        FakeTransport.Open pending = h.current();

        h.session.stop();
        FakeSocket late = pending.accept();

        assertThat(late.aborted()).isTrue();
        assertThat(h.protocol.openCount()).isZero();
        assertThat(h.session.getState()).isEqualTo(SessionState.STOPPED);
    }

    @Test
    void stopTwiceIsHarmless() {
        FakeSocket socket = h.connect();
        h.session.stop();
        h.session.stop();

        assertThat(socket.closes()).hasSize(1);
        assertThat(h.states).filteredOn(s -> s == SessionState.STOPPED).hasSize(1);
    }

    @Test
    void startAfterStopDoesNotRevive() {
        h.connect();
        h.session.stop();
        h.session.start();

        assertThat(h.session.getState()).isEqualTo(SessionState.STOPPED);
        assertThat(h.transport.openCount()).isEqualTo(1);
    }

    @Test
    void framesAfterOnOpenButBeforeTheOpenFutureCompletesAreHandledAndReadyIsKept() {
        // the JDK client may deliver the first frame before the buildAsync future's callbacks ran
        h.session.start();
        FakeTransport.Open open = h.current();
        open.announce();

        open.serverSends("hello");
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);

        open.accept();

        assertThat(h.protocol.calls()).containsExactly("open", "text:hello");
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        h.clock.advance(SessionHarness.HANDSHAKE_TIMEOUT * 10);
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        assertThat(h.transport.openCount()).isEqualTo(1);
    }

    @Test
    void aStateListenerThatThrowsDoesNotStopTheOthers() {
        List<SessionState> second = new ArrayList<>();
        SessionHarness fresh = SessionHarness.create();
        // the harness's own recorder is first; put a throwing one between it and another recorder
        fresh.session.addListener(new SessionListener<String>() {
            @Override
            public CompletionStage<?> onEvent(String event) {
                return null;
            }

            @Override
            public void onStateChange(SessionState state, String reason) {
                throw new IllegalStateException("listener bug");
            }
        });
        fresh.session.addListener(new SessionListener<String>() {
            @Override
            public CompletionStage<?> onEvent(String event) {
                return null;
            }

            @Override
            public void onStateChange(SessionState state, String reason) {
                second.add(state);
            }
        });

        fresh.connect();

        assertThat(second).containsExactly(SessionState.CONNECTING, SessionState.HANDSHAKING, SessionState.READY);
        assertThat(fresh.session.getState()).isEqualTo(SessionState.READY);
    }
}
