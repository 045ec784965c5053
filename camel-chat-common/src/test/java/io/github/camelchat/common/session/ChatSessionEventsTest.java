package io.github.camelchat.common.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.github.camelchat.common.testing.FakeTransport;
import io.github.camelchat.common.testing.LogCapture;
import io.github.camelchat.common.testing.SessionHarness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Inbound events: fan-out, order, back-pressure and fault isolation. */
class ChatSessionEventsTest {

    private final SessionHarness h = SessionHarness.create();

    private static SessionListener<String> listener(Function<String, CompletionStage<?>> onEvent) {
        return onEvent::apply;
    }

    @Test
    void eventsReachEveryListenerInOrder() {
        List<String> second = new ArrayList<>();
        h.session.addListener(listener(e -> {
            second.add(e);
            return null;
        }));
        h.connect();

        assertThat(h.current().serverSends("evt:a")).isNull();
        h.current().serverSends("evts:b,c,d");
        h.current().serverSends("noise");
        h.current().serverSends("evt:e");

        assertThat(h.events).containsExactly("a", "b", "c", "d", "e");
        assertThat(second).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void aRemovedListenerGetsNothingMore() {
        List<String> removed = new ArrayList<>();
        SessionListener<String> l = listener(e -> {
            removed.add(e);
            return null;
        });
        h.session.addListener(l);
        h.connect();
        h.current().serverSends("evt:a");
        h.session.removeListener(l);
        h.current().serverSends("evt:b");

        assertThat(removed).containsExactly("a");
        assertThat(h.events).containsExactly("a", "b");
    }

    @Test
    void theTransportWaitsUntilAListenerFinishesRouting() {
        CompletableFuture<Void> routing = new CompletableFuture<>();
        h.session.addListener(listener(e -> routing));
        h.connect();

        CompletionStage<?> handled = h.current().serverSends("evt:slow");

        assertThat(handled).isNotNull();
        assertThat(handled.toCompletableFuture()).isNotDone();
        routing.complete(null);
        assertThat(handled.toCompletableFuture()).isDone();
    }

    @Test
    void theTransportWaitsForEverySlowListenerAndEveryEventOfAFrame() {
        List<CompletableFuture<Void>> first = new ArrayList<>();
        List<CompletableFuture<Void>> second = new ArrayList<>();
        h.session.addListener(listener(e -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            first.add(f);
            return f;
        }));
        h.session.addListener(listener(e -> null));
        h.session.addListener(listener(e -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            second.add(f);
            return f;
        }));
        h.connect();

        CompletableFuture<?> handled = h.current().serverSends("evts:x,y").toCompletableFuture();
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);

        first.get(0).complete(null);
        first.get(1).complete(null);
        second.get(1).complete(null);
        assertThat(handled).isNotDone();
        second.get(0).complete(null);
        assertThat(handled).isDone();
    }

    @Test
    void aFailingRoutingStageStillReleasesTheTransport() {
        CompletableFuture<Void> routing = new CompletableFuture<>();
        h.session.addListener(listener(e -> routing));
        h.connect();

        CompletableFuture<?> handled = h.current().serverSends("evt:x").toCompletableFuture();
        routing.completeExceptionally(new IllegalStateException("route failed"));

        assertThat(handled).isDone();
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
    }

    @Test
    void aThrowingListenerDoesNotStopDeliveryToTheOthers() {
        List<String> after = new ArrayList<>();
        h.session.addListener(listener(e -> {
            throw new IllegalStateException("listener bug on " + e);
        }));
        h.session.addListener(listener(e -> {
            after.add(e);
            return null;
        }));
        h.connect();

        try (LogCapture logs = LogCapture.attach()) {
            h.current().serverSends("evts:a,b");
            assertThat(logs.all()).contains("a listener failed on an event").contains("listener bug on a");
        }

        assertThat(h.events).containsExactly("a", "b");
        assertThat(after).containsExactly("a", "b");
        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
    }

    @Test
    void aFrameTheProtocolCannotHandleIsLoggedAndSkipped() {
        h.connect();

        try (LogCapture logs = LogCapture.attach()) {
            assertThat(h.current().serverSends("bad")).isNull();
            assertThat(logs.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("WARN")
                    .contains("skipped an inbound frame")
                    .contains("IllegalArgumentException: malformed frame: bad"));
        }
        h.current().serverSends("evt:after");

        assertThat(h.session.getState()).isEqualTo(SessionState.READY);
        assertThat(h.events).containsExactly("after");
        assertThat(h.transport.openCount()).isEqualTo(1);
    }

    @Test
    void eventsDuringTheHandshakeAreDeliveredToo() {
        h.session.start();
        h.current().accept();
        h.current().serverSends("evt:motd");

        assertThat(h.session.getState()).isEqualTo(SessionState.HANDSHAKING);
        assertThat(h.events).containsExactly("motd");
    }

    @Test
    void theSocketReadsAheadWhileRoutingIsPendingUpToTheWindow() {
        // a route that replies on this connection waits for a later frame: reading must go on
        SessionHarness wide = SessionHarness.builder().maxPendingEvents(2).build();
        List<CompletableFuture<Void>> routing = new ArrayList<>();
        wide.session.addListener(event -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            routing.add(done);
            return done;
        });
        wide.connect();
        FakeTransport.Open open = wide.current();

        assertThat(open.serverSends("evt:a")).as("one event in routing: read on").isNull();
        CompletionStage<?> second = open.serverSends("evt:b");
        assertThat(second).as("window of two reached: pause").isNotNull();
        assertThat(second.toCompletableFuture()).isNotDone();

        routing.get(0).complete(null);
        assertThat(second.toCompletableFuture()).isDone();
    }
}
