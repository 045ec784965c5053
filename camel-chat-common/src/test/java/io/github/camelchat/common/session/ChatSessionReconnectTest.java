package io.github.camelchat.common.session;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.testing.FakeSocket;
import io.github.camelchat.common.testing.FakeTransport;
import io.github.camelchat.common.testing.SessionHarness;
import io.github.camelchat.common.testing.TestProtocol;
import org.junit.jupiter.api.Test;

import static io.github.camelchat.common.testing.Futures.chatFailure;
import static org.assertj.core.api.Assertions.assertThat;

/** Single-flight reconnect, backoff, stale connections, give-up and close classification. */
class ChatSessionReconnectTest {

    private final SessionHarness h = SessionHarness.create();

    // ---- single flight and stale connections ----

    @Test
    void afterALossExactlyOneOpenIsInProgressWhateverTheOldSocketSays() {
        h.connect();
        FakeTransport.Open first = h.current();

        first.serverErrors(new IOException("connection reset"));
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        first.serverErrors(new IOException("again"));
        first.serverCloses(1006, "abnormal");
        h.clock.advance(1000);

        assertThat(h.transport.openCount()).isEqualTo(2);
        assertThat(h.session.getState()).isEqualTo(SessionState.CONNECTING);

        // the second open hangs: no timer, no old-socket noise may start a third
        first.serverCloses(1006, "abnormal");
        first.serverErrors(new IOException("late"));
        h.clock.advance(3_600_000);
        assertThat(h.transport.openCount()).isEqualTo(2);
        assertThat(h.session.getState()).isEqualTo(SessionState.CONNECTING);
        assertThat(h.session.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void aLateOpenCompletionOfAnAbandonedAttemptIsAbortedAndIgnored() {
        h.session.start();
        FakeTransport.Open first = h.current();
        // the listener reports a failure before the open future completes (connection refused mid-upgrade)
        first.serverErrors(new IOException("upgrade failed"));
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);

        FakeSocket late = first.accept();

        assertThat(late.aborted()).isTrue();
        assertThat(h.protocol.openCount()).isZero();
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        h.clock.advance(1000);
        assertThat(h.transport.openCount()).isEqualTo(2);
        h.connect();
        assertThat(h.protocol.openCount()).isEqualTo(1);
    }

    @Test
    void framesAndClosesFromAStaleConnectionAreIgnored() {
        FakeSocket oldSocket = h.connect();
        FakeTransport.Open old = h.current();
        CompletableFuture<Object> sent = h.session.send("a"); // msg:1:a on the old socket
        old.serverErrors(new IOException("reset"));
        h.clock.advance(1000);
        FakeSocket newSocket = h.connect();
        ProtocolLink<String> staleLink = h.protocol.links().get(0);

        assertThat(old.serverSends("evt:stale")).isNull();
        old.serverSends("ack:1");
        old.serverSends("fail:stale fatal");
        old.serverCloses(4002, "stale fatal close");
        old.serverErrors(new IOException("stale error"));
        staleLink.send("stale-direct");
        staleLink.emit("stale-emit");
        assertThat(staleLink.acknowledge(1L, "stale")).isFalse();
        staleLink.reconnect("stale");
        staleLink.fail("stale");

        assertThat(h.events).isEmpty();
        assertThat(h.protocol.frames()).containsExactly("hello", "hello"); // the protocol never saw the stale frames
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        assertThat(h.transport.openCount()).isEqualTo(2);
        assertThat(sent).isNotDone(); // resent on the new socket, waiting for its ack there
        assertThat(newSocket.sentTexts()).containsExactly("msg:2:a");
        assertThat(oldSocket.sentTexts()).containsExactly("msg:1:a");
        assertThat(oldSocket.aborted()).isTrue();
    }

    // ---- backoff ----

    @Test
    void backoffDelaysAreHonouredToTheMillisecond() {
        h.connect();
        h.current().serverErrors(new IOException("reset"));

        h.clock.advance(999);
        assertThat(h.transport.openCount()).isEqualTo(1);
        h.clock.advance(1);
        assertThat(h.transport.openCount()).isEqualTo(2);

        h.current().fail(new ConnectException("refused"));
        h.clock.advance(1999);
        assertThat(h.transport.openCount()).isEqualTo(2);
        h.clock.advance(1);
        assertThat(h.transport.openCount()).isEqualTo(3);

        h.current().fail(new ConnectException("refused"));
        h.clock.advance(3999);
        assertThat(h.transport.openCount()).isEqualTo(3);
        h.clock.advance(1);
        assertThat(h.transport.openCount()).isEqualTo(4);
        assertThat(h.session.getFailedAttempts()).isEqualTo(3);
    }

    @Test
    void backoffAppliesJitterFromTheRandomSource() {
        SessionHarness low = SessionHarness.builder().random(() -> 0.0).build();
        low.connect();
        low.current().serverErrors(new IOException("reset"));

        low.clock.advance(799); // 1000 ms - 20 % jitter
        assertThat(low.transport.openCount()).isEqualTo(1);
        low.clock.advance(1);
        assertThat(low.transport.openCount()).isEqualTo(2);
    }

    @Test
    void failedAttemptsResetWhenTheSessionIsReadyAgain() {
        h.connect();
        h.current().serverErrors(new IOException("reset"));
        h.clock.advance(1000);
        h.current().fail(new ConnectException("refused"));
        h.clock.advance(2000);
        assertThat(h.session.getFailedAttempts()).isEqualTo(2);

        h.connect();
        assertThat(h.session.getFailedAttempts()).isZero();
        assertThat(h.session.getReadyCount()).isEqualTo(2);

        // the next loss starts from the initial delay again, not 4000 ms
        h.current().serverErrors(new IOException("reset"));
        h.clock.advance(999);
        assertThat(h.transport.openCount()).isEqualTo(3);
        h.clock.advance(1);
        assertThat(h.transport.openCount()).isEqualTo(4);
    }

    @Test
    void givesUpAfterMaxAttemptsWithAReasonAndFailsPendingSends() {
        SessionHarness limited = SessionHarness.builder()
                .reconnect(new ReconnectPolicy(1000, 30_000, 2.0, 0.0, 3)).build();
        limited.session.start();
        CompletableFuture<Object> waiting = limited.session.send("a");

        limited.current().fail(new ConnectException("refused 1"));
        limited.clock.advance(1000);
        limited.current().fail(new ConnectException("refused 2"));
        limited.clock.advance(2000);
        limited.current().fail(new ConnectException("refused 3"));
        assertThat(limited.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        limited.clock.advance(4000);
        limited.current().fail(new ConnectException("refused 4"));

        assertThat(limited.session.getState()).isEqualTo(SessionState.FAILED);
        assertThat(limited.session.getStateReason())
                .contains("Gave up after 3 reconnect attempts").contains("ConnectException: refused 4");
        assertThat(limited.states).endsWith(SessionState.FAILED);
        ChatException failure = chatFailure(waiting, Reason.SESSION_FAILED);
        assertThat(failure.getMessage()).contains("Gave up after 3");

        limited.clock.advance(86_400_000);
        assertThat(limited.transport.openCount()).isEqualTo(4);
    }

    @Test
    void aFailingConnectRequestCountsAsAFailedAttempt() {
        TestProtocol protocol = new TestProtocol().failConnectRequestWith(new IllegalStateException("no servers"));
        SessionHarness broken = SessionHarness.builder().protocol(protocol).build();

        broken.session.start();

        assertThat(broken.transport.openCount()).isZero();
        assertThat(broken.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(broken.session.getStateReason()).contains("IllegalStateException: no servers");
        assertThat(broken.session.getConnectAttempts()).isEqualTo(1);
    }

    @Test
    void openFailuresAreDescribedWithTheRootCause() {
        h.session.start();
        h.current().fail(new CompletionException(new ConnectException("Connection refused")));

        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.session.getStateReason()).isEqualTo("ConnectException: Connection refused");
        assertThat(h.reasons).last().isEqualTo("ConnectException: Connection refused");
    }

    // ---- close classification ----

    @Test
    void aServerImposedRetryDelayIsUsedInsteadOfTheBackoff() {
        h.connect();
        h.current().serverCloses(4000, "too many connections");

        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.session.getStateReason()).isEqualTo("server busy: too many connections");
        h.clock.advance(TestProtocol.BUSY_RETRY_AFTER - 1);
        assertThat(h.transport.openCount()).isEqualTo(1);
        h.clock.advance(1);
        assertThat(h.transport.openCount()).isEqualTo(2);
    }

    @Test
    void anOrdinaryCloseRetriesWithBackoff() {
        h.connect();
        h.current().serverCloses(1001, "going away");

        assertThat(h.session.getStateReason()).isEqualTo("closed with 1001: going away");
        h.clock.advance(999);
        assertThat(h.transport.openCount()).isEqualTo(1);
        h.clock.advance(1);
        assertThat(h.transport.openCount()).isEqualTo(2);
    }

    @Test
    void aFatalCloseFailsForGoodAndEveryPendingOrNewSendSaysWhy() {
        SessionHarness windowOfOne = SessionHarness.builder()
                .send(new io.github.camelchat.common.send.SendPolicy(10, 0, 1, 60_000, 500,
                        io.github.camelchat.common.send.WhileDisconnected.WAIT, true))
                .build();
        FakeSocket socket = windowOfOne.connect();
        CompletableFuture<Object> inFlight = windowOfOne.session.send("a");
        CompletableFuture<Object> waiting = windowOfOne.session.send("b");

        windowOfOne.current().serverCloses(4002, "invalid license");

        assertThat(windowOfOne.session.getState()).isEqualTo(SessionState.FAILED);
        assertThat(windowOfOne.session.getStateReason()).isEqualTo("credentials rejected: invalid license");
        assertThat(windowOfOne.states).endsWith(SessionState.FAILED);
        assertThat(windowOfOne.reasons).last().isEqualTo("credentials rejected: invalid license");
        assertThat(socket.aborted()).isTrue();
        assertThat(chatFailure(inFlight, Reason.SESSION_FAILED).getMessage()).contains("invalid license");
        assertThat(chatFailure(waiting, Reason.SESSION_FAILED).getMessage()).contains("invalid license");
        assertThat(chatFailure(windowOfOne.session.send("c"), Reason.SESSION_FAILED).getMessage())
                .contains("invalid license");

        windowOfOne.clock.advance(7L * 86_400_000);
        assertThat(windowOfOne.transport.openCount()).isEqualTo(1);
        assertThat(windowOfOne.session.getState()).isEqualTo(SessionState.FAILED);
    }

    @Test
    void theProtocolCanAskForAReconnectOrAFatalStop() {
        h.connect();
        h.current().serverSends("reconnect:server restarting");
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.session.getStateReason()).isEqualTo("server restarting");
        h.clock.advance(1000);
        h.connect();

        h.current().serverSends("fail:banned");
        assertThat(h.session.getState()).isEqualTo(SessionState.FAILED);
        assertThat(h.session.getStateReason()).isEqualTo("banned");
        h.clock.advance(3_600_000);
        assertThat(h.transport.openCount()).isEqualTo(2);
    }

    @Test
    void aProtocolTimerCallingTheLinkTakesEffectAndNotifiesListeners() {
        FakeSocket socket = h.connect();
        CompletableFuture<Object> sent = h.session.send("a");
        h.current().serverSends("later-ack:1:100");

        h.clock.advance(100);
        assertThat(sent).isCompletedWithValue("late-ok");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");

        h.current().serverSends("later-reconnect:100");
        h.clock.advance(100);
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.states).last().isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.reasons).last().isEqualTo("heartbeat missed");
        h.clock.advance(1000);
        assertThat(h.transport.openCount()).isEqualTo(2);
    }

    @Test
    void aProtocolTimerOfAConnectionThatIsGoneDoesNothing() {
        h.connect();
        h.session.send("a");
        h.current().serverSends("later-ack:1:500");
        h.current().serverCloses(1006, "");
        h.clock.advance(1000);
        h.connect();

        h.clock.advance(500);
        assertThat(h.protocol.ackResults()).as("the old connection's timer never ran").isEmpty();
        assertThat(h.session.getState()).as(h.reasons.toString()).isEqualTo(SessionState.READY);
    }
}
