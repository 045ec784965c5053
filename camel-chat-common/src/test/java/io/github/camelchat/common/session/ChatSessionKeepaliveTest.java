package io.github.camelchat.common.session;

import io.github.camelchat.common.testing.FakeSocket;
import io.github.camelchat.common.testing.FakeTransport;
import io.github.camelchat.common.testing.SessionHarness;
import org.junit.jupiter.api.Test;

import static io.github.camelchat.common.testing.SessionHarness.HANDSHAKE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** Handshake timeout, pings and idle detection on the virtual clock. */
class ChatSessionKeepaliveTest {

    @Test
    void aHandshakeThatNeverCompletesIsAbandonedAndRetried() {
        SessionHarness h = SessionHarness.create();
        h.session.start();
        FakeSocket socket = h.current().accept();

        h.clock.advance(HANDSHAKE_TIMEOUT - 1);
        assertThat(h.session.getState()).isEqualTo(SessionState.HANDSHAKING);
        assertThat(socket.aborted()).isFalse();

        h.clock.advance(1);
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.session.getStateReason()).contains("handshake not completed within " + HANDSHAKE_TIMEOUT + " ms");
        assertThat(socket.aborted()).isTrue();

        h.clock.advance(1000);
        assertThat(h.transport.openCount()).isEqualTo(2);
        h.connect();
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
    }

    @Test
    void theHandshakeTimerStopsOnceReady() {
        SessionHarness h = SessionHarness.create();
        h.session.start();
        h.current().accept();
        h.clock.advance(HANDSHAKE_TIMEOUT - 1);
        h.current().serverSends("hello");

        h.clock.advance(10 * HANDSHAKE_TIMEOUT);

        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        assertThat(h.transport.openCount()).isEqualTo(1);
    }

    @Test
    void pingsAreSentEveryIntervalAndStopWithTheConnection() {
        SessionHarness h = SessionHarness.builder().keepalive(new KeepalivePolicy(1000, 0)).build();
        FakeSocket socket = h.connect();

        h.clock.advance(999);
        assertThat(socket.pings()).isZero();
        h.clock.advance(1);
        assertThat(socket.pings()).isEqualTo(1);
        h.clock.advance(1000);
        assertThat(socket.pings()).isEqualTo(2);
        h.clock.advance(3000);
        assertThat(socket.pings()).isEqualTo(5);

        h.current().serverErrors(new java.io.IOException("reset"));
        h.clock.advance(999); // still waiting to reconnect
        assertThat(socket.pings()).isEqualTo(5);
        h.clock.advance(1);
        FakeSocket next = h.connect();
        h.clock.advance(10_000);
        assertThat(socket.pings()).isEqualTo(5);
        assertThat(next.pings()).isEqualTo(10);
    }

    @Test
    void anIdleConnectionIsDroppedAndReplaced() {
        SessionHarness h = SessionHarness.builder().keepalive(new KeepalivePolicy(0, 5000)).build();
        FakeSocket socket = h.connect();

        h.clock.advance(4999);
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        assertThat(socket.aborted()).isFalse();

        h.clock.advance(1);
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.session.getStateReason()).contains("idle timeout 5000 ms");
        assertThat(socket.aborted()).isTrue();

        h.clock.advance(1000);
        assertThat(h.transport.openCount()).isEqualTo(2);
    }

    @Test
    void activityPostponesTheIdleTimeout() {
        SessionHarness h = SessionHarness.builder().keepalive(new KeepalivePolicy(0, 5000)).build();
        h.connect();
        FakeTransport.Open open = h.current();

        h.clock.advance(3000);
        open.serverActivity(); // a pong at t=3000
        h.clock.advance(4999); // t=7999
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);

        open.serverSends("chatter"); // a text frame at t=7999
        h.clock.advance(4999); // t=12998
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);

        h.clock.advance(1); // t=12999: 5000 ms of silence
        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(h.transport.openCount()).isEqualTo(1);
    }

    @Test
    void idleDetectionAlsoCoversTheHandshake() {
        SessionHarness h = SessionHarness.builder().keepalive(new KeepalivePolicy(0, 3000)).build();
        h.session.start();
        FakeSocket socket = h.current().accept();

        h.clock.advance(3000);

        assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
        assertThat(socket.aborted()).isTrue();
    }
}
