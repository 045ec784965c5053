package io.github.camelchat.common.send;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.FakeSocket;
import io.github.camelchat.common.testing.FakeSocket.WriteMode;
import io.github.camelchat.common.testing.SessionHarness;
import io.github.camelchat.common.testing.TestProtocol;
import io.github.camelchat.common.testing.TestProtocol.KeyMode;
import org.junit.jupiter.api.Test;

import static io.github.camelchat.common.testing.Futures.chatFailure;
import static io.github.camelchat.common.testing.Futures.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The outbound queue, driven through a session the way producers use it. */
class OutboundQueueTest {

    private static SendPolicy policy(int capacity, long minInterval, int maxInFlight, long timeout, long retryDelay,
            WhileDisconnected whileDisconnected, boolean resendInFlight) {
        return new SendPolicy(capacity, minInterval, maxInFlight, timeout, retryDelay, whileDisconnected,
                resendInFlight);
    }

    private static SessionHarness with(SendPolicy policy) {
        return SessionHarness.builder().send(policy).build();
    }

    private static SessionHarness with(SendPolicy policy, KeyMode keys) {
        return SessionHarness.builder().send(policy).protocol(new TestProtocol().keyMode(keys)).build();
    }

    // ---- order, pacing, window ----

    @Test
    void messagesAreWrittenInSubmitOrderAndAcksCompleteThem() {
        SessionHarness h = SessionHarness.create();
        FakeSocket socket = h.connect();

        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        CompletableFuture<Object> c = h.session.send("c");

        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b", "msg:3:c");
        assertThat(List.of(a, b, c)).allSatisfy(f -> assertThat(f).isNotDone());
        h.current().serverSends("ack:1");
        h.current().serverSends("ack:2");
        h.current().serverSends("ack:3");
        assertThat(a).isCompletedWithValue("ok:1");
        assertThat(b).isCompletedWithValue("ok:2");
        assertThat(c).isCompletedWithValue("ok:3");
        assertThat(h.session.getQueuedCount()).isZero();
    }

    @Test
    void writesAreSpacedByExactlyTheMinimumInterval() {
        SessionHarness h = with(policy(10, 1000, 10, 60_000, 500, WhileDisconnected.WAIT, true));
        FakeSocket socket = h.connect();

        h.session.send("a");
        h.session.send("b");
        h.session.send("c");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");

        h.clock.advance(999);
        assertThat(socket.sent()).hasSize(1);
        h.clock.advance(1);
        assertThat(socket.sent()).hasSize(2);
        h.clock.advance(999);
        assertThat(socket.sent()).hasSize(2);
        h.clock.advance(1);

        assertThat(socket.sent()).extracting(FakeSocket.Sent::text).containsExactly("msg:1:a", "msg:2:b", "msg:3:c");
        assertThat(socket.sent()).extracting(FakeSocket.Sent::atMillis).containsExactly(0L, 1000L, 2000L);
    }

    @Test
    void pacingHoldsWhenWritesCompleteAtOnceAndNeedNoReply() {
        SessionHarness h = with(policy(10, 1000, 10, 60_000, 500, WhileDisconnected.WAIT, true), KeyMode.NONE);
        FakeSocket socket = h.connect();

        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        CompletableFuture<Object> c = h.session.send("c");
        assertThat(a).isCompletedWithValue(null);
        assertThat(b).isNotDone();

        h.clock.advance(2000);

        assertThat(socket.sent()).extracting(FakeSocket.Sent::atMillis).containsExactly(0L, 1000L, 2000L);
        assertThat(b).isCompletedWithValue(null);
        assertThat(c).isCompletedWithValue(null);
    }

    @Test
    void manyImmediatelyCompletingWritesDoNotRecurseWithoutBound() {
        SessionHarness h = with(policy(20_000, 0, 20_000, 60_000, 500, WhileDisconnected.WAIT, true), KeyMode.NONE);
        h.session.start();
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            futures.add(h.session.send("m" + i));
        }

        FakeSocket socket = h.connect(); // READY dispatches all 20 000 at once

        assertThat(socket.sent()).hasSize(20_000);
        assertThat(futures).allSatisfy(f -> assertThat(f).isCompletedWithValue(null));
    }

    @Test
    void theInFlightWindowHoldsWritesUntilAnAck() {
        SessionHarness h = with(policy(10, 0, 2, 600_000, 500, WhileDisconnected.WAIT, true));
        FakeSocket socket = h.connect();

        h.session.send("a");
        h.session.send("b");
        h.session.send("c");
        h.session.send("d");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b");
        h.clock.advance(300_000);
        assertThat(socket.sentTexts()).hasSize(2);

        h.current().serverSends("ack:2");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b", "msg:3:c");
        h.current().serverSends("ack:1");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b", "msg:3:c", "msg:4:d");
    }

    // ---- correlation ----

    @Test
    void anAckCompletesExactlyTheMessageWithThatKey() {
        SessionHarness h = SessionHarness.create();
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");

        h.current().serverSends("ack:2:reply-for-b");
        assertThat(b).isCompletedWithValue("reply-for-b");
        assertThat(a).isNotDone();

        h.current().serverSends("ack:1:reply-for-a");
        assertThat(a).isCompletedWithValue("reply-for-a");
        assertThat(h.protocol.ackResults()).containsExactly(true, true);
    }

    @Test
    void anUnknownKeyIsReportedAndCompletesNothing() {
        SessionHarness h = SessionHarness.create();
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");

        h.current().serverSends("ack:99");

        assertThat(h.protocol.ackResults()).containsExactly(false);
        assertThat(a).isNotDone();
    }

    @Test
    void aRejectionFailsTheMessageWithTheServersException() {
        SessionHarness h = SessionHarness.create();
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");

        h.current().serverSends("nack:1");

        ChatException rejected = chatFailure(a, Reason.REJECTED);
        assertThat(rejected.getMessage()).isEqualTo("server refused 1");
        assertThat(b).isNotDone();
    }

    @Test
    void aRetryPutsTheMessageBackAtTheHeadAfterADoublingDelay() {
        SessionHarness h = with(policy(10, 0, 1, 600_000, 500, WhileDisconnected.WAIT, true));
        FakeSocket socket = h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");

        h.current().serverSends("retry:1");
        h.clock.advance(499);
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");
        h.clock.advance(1); // t=500
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:a");

        h.current().serverSends("retry:2");
        h.clock.advance(999);
        assertThat(socket.sentTexts()).hasSize(2);
        h.clock.advance(1); // t=1500: second retry waited 1000 ms
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:a", "msg:3:a");

        h.current().serverSends("retry:3");
        h.clock.advance(1999);
        assertThat(socket.sentTexts()).hasSize(3);
        h.clock.advance(1); // t=3500: third retry waited 2000 ms
        assertThat(socket.sentTexts()).endsWith("msg:4:a");

        h.current().serverSends("ack:4");
        assertThat(a).isCompletedWithValue("ok:4");
        assertThat(socket.sentTexts()).endsWith("msg:5:b");
        assertThat(b).isNotDone();
    }

    @Test
    void retriesAreStillBoundedByTheSendTimeoutWhichNamesTheLastRefusal() {
        SessionHarness h = with(policy(10, 0, 1, 1200, 500, WhileDisconnected.WAIT, true));
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        h.current().serverSends("retry:1");
        h.clock.advance(500);
        h.current().serverSends("retry:2"); // next write at t=1500, after the deadline

        h.clock.advance(699);
        assertThat(a).isNotDone();
        h.clock.advance(1); // t=1200

        ChatException timeout = chatFailure(a, Reason.TIMEOUT);
        assertThat(timeout.getMessage()).contains("1200 ms").contains("slow down 2");
        assertThat(timeout.getCause()).hasMessage("slow down 2");
        h.clock.advance(10_000);
        assertThat(h.session.getQueuedCount()).isZero();
    }

    @Test
    void aTimedOutMessageFailsAndItsLateAckCompletesNothingElse() {
        SessionHarness h = with(policy(10, 0, 4, 5000, 500, WhileDisconnected.WAIT, true));
        FakeSocket socket = h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        h.clock.advance(1000);
        CompletableFuture<Object> b = h.session.send("b");

        h.clock.advance(3999);
        assertThat(a).isNotDone();
        h.clock.advance(1); // t=5000

        ChatException timeout = chatFailure(a, Reason.TIMEOUT);
        assertThat(timeout.getMessage()).contains("5000 ms");
        assertThat(b).isNotDone();

        h.current().serverSends("ack:1:late");
        assertThat(h.protocol.ackResults()).containsExactly(false);
        assertThat(b).isNotDone();
        assertThat(chatFailure(a, Reason.TIMEOUT)).isSameAs(timeout);

        h.current().serverSends("ack:2");
        assertThat(b).isCompletedWithValue("ok:2");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b");
    }

    @Test
    void aTimeoutFreesItsSlotInTheWindow() {
        SessionHarness h = with(policy(10, 0, 1, 5000, 500, WhileDisconnected.WAIT, true));
        FakeSocket socket = h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        h.clock.advance(1000);
        CompletableFuture<Object> b = h.session.send("b");

        h.clock.advance(4000);

        chatFailure(a, Reason.TIMEOUT);
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b");
        assertThat(b).isNotDone();
    }

    @Test
    void everyMessageEndsOnceEvenIfTheProtocolReusesACorrelationKey() {
        SessionHarness h = with(policy(10, 0, 4, 5000, 500, WhileDisconnected.WAIT, true), KeyMode.CONSTANT);
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");

        h.clock.advance(5000);

        assertThat(a).isDone();
        assertThat(b).isDone();
        assertThat(failure(b)).isInstanceOf(ChatException.class);
    }

    // ---- bounds and disconnection ----

    @Test
    void aFullQueueRefusesAtOnce() {
        SessionHarness h = with(policy(2, 0, 4, 60_000, 500, WhileDisconnected.WAIT, true));
        h.session.start();

        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        CompletableFuture<Object> c = h.session.send("c");

        assertThat(a).isNotDone();
        assertThat(b).isNotDone();
        assertThat(chatFailure(c, Reason.QUEUE_FULL).getMessage()).contains("2 messages waiting");
    }

    @Test
    void messagesInFlightDoNotCountAgainstTheQueueCapacity() {
        SessionHarness h = with(policy(1, 0, 1, 60_000, 500, WhileDisconnected.WAIT, true));
        h.connect();

        CompletableFuture<Object> inFlight = h.session.send("a");
        CompletableFuture<Object> waiting = h.session.send("b");
        CompletableFuture<Object> refused = h.session.send("c");

        assertThat(inFlight).isNotDone();
        assertThat(waiting).isNotDone();
        chatFailure(refused, Reason.QUEUE_FULL);
    }

    @Test
    void inWaitModeSendsWhileDisconnectedAreWrittenInOrderOnceReady() {
        SessionHarness h = SessionHarness.create();
        h.session.start();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        h.current().accept();
        CompletableFuture<Object> c = h.session.send("c"); // handshaking: still waits
        assertThat(h.current().socket().sentTexts()).isEmpty();

        h.current().serverSends("hello");

        assertThat(h.current().socket().sentTexts()).containsExactly("msg:1:a", "msg:2:b", "msg:3:c");
        assertThat(List.of(a, b, c)).allSatisfy(f -> assertThat(f).isNotDone());
    }

    @Test
    void inWaitModeSendsDuringAReconnectGoOutOnTheNewSocket() {
        SessionHarness h = SessionHarness.create();
        FakeSocket first = h.connect();
        h.current().serverErrors(new IOException("reset"));
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);

        CompletableFuture<Object> d = h.session.send("d");
        CompletableFuture<Object> e = h.session.send("e");
        h.clock.advance(1000);
        FakeSocket second = h.connect();

        assertThat(first.sentTexts()).isEmpty();
        assertThat(second.sentTexts()).containsExactly("msg:1:d", "msg:2:e");
        h.current().serverSends("ack:1");
        h.current().serverSends("ack:2");
        assertThat(d).isCompletedWithValue("ok:1");
        assertThat(e).isCompletedWithValue("ok:2");
    }

    @Test
    void aMessageWaitingForTheConnectionTimesOutAndIsNeverWritten() {
        SessionHarness h = with(policy(10, 0, 4, 5000, 500, WhileDisconnected.WAIT, true));
        h.session.start();
        CompletableFuture<Object> a = h.session.send("a");

        h.clock.advance(5000);
        chatFailure(a, Reason.TIMEOUT);
        FakeSocket socket = h.connect();

        assertThat(socket.sentTexts()).isEmpty();
    }

    @Test
    void inFailFastModeSendsWhileDisconnectedFailAtOnce() {
        SessionHarness h = with(policy(10, 0, 4, 60_000, 500, WhileDisconnected.FAIL_FAST, true));
        chatFailure(h.session.send("before start"), Reason.NOT_CONNECTED);
        h.session.start();
        chatFailure(h.session.send("connecting"), Reason.NOT_CONNECTED);
        h.current().accept();
        chatFailure(h.session.send("handshaking"), Reason.NOT_CONNECTED);
        h.current().serverSends("hello");

        CompletableFuture<Object> ready = h.session.send("ready");

        assertThat(ready).isNotDone();
        assertThat(h.current().socket().sentTexts()).containsExactly("msg:1:ready");
    }

    @Test
    void inFailFastModeALostConnectionFailsWhatWaitedWithNotConnected() {
        SessionHarness h = with(policy(10, 1000, 4, 60_000, 500, WhileDisconnected.FAIL_FAST, false));
        FakeSocket socket = h.connect();
        CompletableFuture<Object> written = h.session.send("a");
        CompletableFuture<Object> paced = h.session.send("b");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");

        h.current().serverErrors(new IOException("reset"));

        chatFailure(paced, Reason.NOT_CONNECTED);
        chatFailure(written, Reason.CONNECTION_LOST);
        chatFailure(h.session.send("c"), Reason.NOT_CONNECTED);
    }

    @Test
    void inFailFastModeAWrittenMessageIsNeverReportedAsUnsent() {
        // resendInFlight cannot apply when nothing may wait for the connection: the written message may have been
        // delivered, so it must say CONNECTION_LOST, never NOT_CONNECTED ("never sent, safe to send again")
        SessionHarness h = with(policy(10, 0, 4, 60_000, 500, WhileDisconnected.FAIL_FAST, true));
        h.connect();
        CompletableFuture<Object> written = h.session.send("a");

        h.current().serverErrors(new IOException("reset"));

        chatFailure(written, Reason.CONNECTION_LOST);
    }

    @Test
    void unacknowledgedMessagesAreResentOnceAfterAReconnectWithNewSequenceNumbers() {
        SessionHarness h = with(policy(10, 0, 2, 60_000, 500, WhileDisconnected.WAIT, true));
        FakeSocket first = h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        CompletableFuture<Object> c = h.session.send("c"); // waits behind the window
        assertThat(first.sentTexts()).containsExactly("msg:1:a", "msg:2:b");

        h.current().serverErrors(new IOException("reset"));
        assertThat(List.of(a, b, c)).allSatisfy(f -> assertThat(f).isNotDone());
        h.clock.advance(1000);
        FakeSocket second = h.connect();

        assertThat(second.sentTexts()).containsExactly("msg:3:a", "msg:4:b");
        h.current().serverSends("ack:1"); // an old key means nothing on the new connection
        assertThat(h.protocol.ackResults()).containsExactly(false);
        h.current().serverSends("ack:3");
        h.current().serverSends("ack:4");
        assertThat(a).isCompletedWithValue("ok:3");
        assertThat(b).isCompletedWithValue("ok:4");
        assertThat(second.sentTexts()).containsExactly("msg:3:a", "msg:4:b", "msg:5:c");
        h.current().serverSends("ack:5");
        assertThat(c).isCompletedWithValue("ok:5");

        h.current().serverErrors(new IOException("reset again"));
        h.clock.advance(1000);
        FakeSocket third = h.connect();
        assertThat(third.sentTexts()).isEmpty();
    }

    @Test
    void withoutResendUnacknowledgedMessagesFailWithConnectionLostAndWaitingOnesSurvive() {
        SessionHarness h = with(policy(10, 0, 2, 60_000, 500, WhileDisconnected.WAIT, false));
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        CompletableFuture<Object> c = h.session.send("c");

        h.current().serverErrors(new IOException("reset"));

        assertThat(chatFailure(a, Reason.CONNECTION_LOST).getMessage()).contains("may or may not have been delivered");
        chatFailure(b, Reason.CONNECTION_LOST);
        assertThat(c).isNotDone();
        h.clock.advance(1000);
        FakeSocket second = h.connect();
        assertThat(second.sentTexts()).containsExactly("msg:3:c");
    }

    // ---- no reply, write failures, invalid messages ----

    @Test
    void aMessageWithoutCorrelationKeyIsAcknowledgedWhenItsWriteCompletes() {
        SessionHarness h = with(SessionHarness.defaultSend(), KeyMode.NONE);
        FakeSocket socket = h.connect();
        socket.writeMode(WriteMode.PENDING);

        CompletableFuture<Object> a = h.session.send("a");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");
        assertThat(a).isNotDone();

        socket.completePendingWrites();
        assertThat(a).isCompletedWithValue(null);
        assertThat(h.session.getQueuedCount()).isZero();
    }

    @Test
    void pendingWritesWithoutReplyOccupyTheWindow() {
        SessionHarness h = with(policy(10, 0, 1, 60_000, 500, WhileDisconnected.WAIT, true), KeyMode.NONE);
        FakeSocket socket = h.connect();
        socket.writeMode(WriteMode.PENDING);

        CompletableFuture<Object> a = h.session.send("a");
        CompletableFuture<Object> b = h.session.send("b");
        assertThat(socket.sentTexts()).containsExactly("msg:1:a");

        socket.completePendingWrites();
        assertThat(a).isCompletedWithValue(null);
        assertThat(socket.sentTexts()).containsExactly("msg:1:a", "msg:2:b");
        assertThat(b).isNotDone();
    }

    @Test
    void aFailedWriteNeverCountsAsAcknowledged() {
        SessionHarness h = with(policy(10, 0, 4, 5000, 500, WhileDisconnected.WAIT, true), KeyMode.NONE);
        FakeSocket socket = h.connect();
        socket.writeMode(WriteMode.FAIL);

        CompletableFuture<Object> a = h.session.send("a");
        assertThat(a).isNotDone();

        h.clock.advance(5000);
        chatFailure(a, Reason.TIMEOUT);
    }

    @Test
    void aMessageTheProtocolCannotEncodeFailsAsInvalidAndTheQueueMovesOn() {
        SessionHarness h = SessionHarness.create();
        FakeSocket socket = h.connect();

        CompletableFuture<Object> invalid = h.session.send(42);
        CompletableFuture<Object> fine = h.session.send("fine");

        ChatException error = chatFailure(invalid, Reason.INVALID);
        assertThat(error.getMessage()).contains("cannot encode a Integer");
        assertThat(error.getCause()).isInstanceOf(IllegalArgumentException.class);
        assertThat(socket.sentTexts()).hasSize(1).allMatch(t -> t.matches("msg:\\d+:fine"));
        assertThat(fine).isNotDone();
    }

    @Test
    void anInvalidMessageDoesNotUseUpAPacingSlot() {
        SessionHarness h = with(policy(10, 1000, 4, 60_000, 500, WhileDisconnected.WAIT, true));
        FakeSocket socket = h.connect();

        chatFailure(h.session.send(42), Reason.INVALID);
        h.session.send("fine");

        assertThat(socket.sent()).extracting(FakeSocket.Sent::atMillis).containsExactly(0L);
    }

    @Test
    void aProtocolThatEncodesNothingFailsTheMessageAsInvalid() {
        SessionHarness h = SessionHarness.create();
        h.connect();

        CompletableFuture<Object> nothing = h.session.send("<null>");

        chatFailure(nothing, Reason.INVALID);
        assertThat(h.session.getQueuedCount()).isZero();
    }

    // ---- per-message overrides ----

    @Test
    void aPerMessageTimeoutOverridesThePolicy() {
        SessionHarness h = SessionHarness.create(); // policy timeout 60 s
        h.connect();
        CompletableFuture<Object> quick = h.session.send("quick", 2000, WhileDisconnected.WAIT);
        CompletableFuture<Object> normal = h.session.send("normal");

        h.clock.advance(1999);
        assertThat(quick).isNotDone();
        h.clock.advance(1);

        assertThat(chatFailure(quick, Reason.TIMEOUT).getMessage()).contains("2000 ms");
        assertThat(normal).isNotDone();
    }

    @Test
    void aPerMessageFailFastOnAWaitingSessionFailsOnlyThatMessage() {
        SessionHarness h = with(policy(10, 1000, 4, 60_000, 500, WhileDisconnected.WAIT, true));
        h.session.start();
        chatFailure(h.session.send("now or never", 60_000, WhileDisconnected.FAIL_FAST), Reason.NOT_CONNECTED);
        CompletableFuture<Object> patient = h.session.send("patient");
        FakeSocket socket = h.connect();

        CompletableFuture<Object> paced = h.session.send("paced", 60_000, WhileDisconnected.FAIL_FAST);
        CompletableFuture<Object> waits = h.session.send("waits");
        h.current().serverErrors(new IOException("reset"));

        assertThat(socket.sentTexts()).containsExactly("msg:1:patient");
        chatFailure(paced, Reason.NOT_CONNECTED);
        assertThat(patient).isNotDone(); // written, resent after the reconnect
        assertThat(waits).isNotDone();
        h.clock.advance(1000);
        FakeSocket second = h.connect();
        assertThat(second.sentTexts()).containsExactly("msg:2:patient");
        h.clock.advance(1000);
        assertThat(second.sentTexts()).containsExactly("msg:2:patient", "msg:3:waits");
    }

    @Test
    void futuresCompleteOnTheCompletionsExecutorNotInline() {
        List<Runnable> completions = new ArrayList<>();
        SessionHarness h = SessionHarness.builder().completions(completions::add).build();
        h.connect();
        CompletableFuture<Object> a = h.session.send("a");

        h.current().serverSends("ack:1");
        assertThat(a).isNotDone();
        assertThat(completions).hasSize(1);

        completions.forEach(Runnable::run);
        assertThat(a).isCompletedWithValue("ok:1");
    }
}
