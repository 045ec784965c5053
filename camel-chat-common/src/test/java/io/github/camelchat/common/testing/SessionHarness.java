package io.github.camelchat.common.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

import io.github.camelchat.common.send.SendPolicy;
import io.github.camelchat.common.send.WhileDisconnected;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.KeepalivePolicy;
import io.github.camelchat.common.session.ReconnectPolicy;
import io.github.camelchat.common.session.Redactor;
import io.github.camelchat.common.session.SessionListener;
import io.github.camelchat.common.session.SessionSettings;
import io.github.camelchat.common.session.SessionState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link ChatSession} wired to a {@link ManualScheduler}, a {@link FakeTransport} and the {@link TestProtocol}, with a
 * listener that records state changes and events. Jitter is fixed at 0.5 (no spread) unless set, and futures complete
 * on the calling thread ({@code Runnable::run}).
 */
public final class SessionHarness {

    public static final long HANDSHAKE_TIMEOUT = 10_000;

    public final ManualScheduler clock;
    public final FakeTransport transport;
    public final TestProtocol protocol;
    public final ChatSession<String> session;
    public final List<SessionState> states = new CopyOnWriteArrayList<>();
    public final List<String> reasons = new CopyOnWriteArrayList<>();
    public final List<String> events = new CopyOnWriteArrayList<>();

    private SessionHarness(Builder b) {
        this.clock = b.clock;
        this.transport = new FakeTransport(clock::nowMillis);
        this.protocol = b.protocol;
        SessionSettings settings = new SessionSettings(HANDSHAKE_TIMEOUT, b.reconnect, b.keepalive, b.send, b.maxPendingEvents);
        this.session = new ChatSession<>("test-session", protocol, transport, settings, clock, b.completions, b.random,
                b.redactor);
        session.addListener(new SessionListener<String>() {
            @Override
            public java.util.concurrent.CompletionStage<?> onEvent(String event) {
                events.add(event);
                return null;
            }

            @Override
            public void onStateChange(SessionState state, String reason) {
                states.add(state);
                reasons.add(reason);
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SessionHarness create() {
        return builder().build();
    }

    /** Backoff 1 s doubling to 30 s, jitter 0.2, never gives up. */
    public static ReconnectPolicy defaultReconnect() {
        return new ReconnectPolicy(1000, 30_000, 2.0, 0.2, 0);
    }

    /** Capacity 10, no pacing, window 4, timeout 60 s, retry 500 ms, WAIT, resend in flight. */
    public static SendPolicy defaultSend() {
        return new SendPolicy(10, 0, 4, 60_000, 500, WhileDisconnected.WAIT, true);
    }

    /** Starts (if new), accepts the pending open, says hello, and returns the READY socket. */
    public FakeSocket connect() {
        if (session.getState() == SessionState.NEW) {
            session.start();
        }
        FakeTransport.Open open = transport.last();
        FakeSocket socket = open.accept();
        open.serverSends("hello");
        assertThat(session.getState()).isEqualTo(SessionState.READY);
        return socket;
    }

    /** The current (latest) connection attempt. */
    public FakeTransport.Open current() {
        return transport.last();
    }

    public static final class Builder {
        private ManualScheduler clock = new ManualScheduler();
        private TestProtocol protocol = new TestProtocol();
        private ReconnectPolicy reconnect = defaultReconnect();
        private KeepalivePolicy keepalive = new KeepalivePolicy(0, 0);
        private SendPolicy send = defaultSend();
        private Redactor redactor = Redactor.of(TestProtocol.SECRET);
        private DoubleSupplier random = () -> 0.5;
        private Executor completions = Runnable::run;
        // one event in routing at a time unless a test says otherwise: back-pressure is then easy to observe
        private int maxPendingEvents = 1;

        public Builder maxPendingEvents(int maxPendingEvents) {
            this.maxPendingEvents = maxPendingEvents;
            return this;
        }

        public Builder protocol(TestProtocol protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder reconnect(ReconnectPolicy reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        public Builder keepalive(KeepalivePolicy keepalive) {
            this.keepalive = keepalive;
            return this;
        }

        public Builder send(SendPolicy send) {
            this.send = send;
            return this;
        }

        public Builder redactor(Redactor redactor) {
            this.redactor = redactor;
            return this;
        }

        public Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        public Builder completions(Executor completions) {
            this.completions = completions;
            return this;
        }

        public SessionHarness build() {
            return new SessionHarness(this);
        }
    }
}
