package io.github.camelchat.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.reliability.rig.ChatRig;
import org.apache.camel.Exchange;

import static org.awaitility.Awaitility.await;

/**
 * The steps every scenario is made of, keeping the {@link Ledger} as it goes: submit a phase of messages, emit chat
 * events and wait for the route to receive them, wait for a fault to be noticed and for the session to recover.
 * Message texts are unique in the whole run (hitbox drops a repeat silently, and the ledger matches by text).
 */
public final class ScenarioRun {

    /** Longest wait for every message of a scenario to end: sendTimeout (10 s) plus slack. */
    static final Duration SETTLE = Duration.ofSeconds(20);

    private final ChatRig rig;
    private final Ledger ledger;
    private final List<CompletableFuture<Exchange>> results = new ArrayList<>();
    private int sequence;

    public ScenarioRun(ChatRig rig, Scenario scenario) {
        this.rig = rig;
        this.ledger = new Ledger(rig.component(), scenario);
    }

    public Ledger ledger() {
        return ledger;
    }

    public List<String> bodies(String phase, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // the trailing dot keeps "#1." from matching inside "#12." when frames are searched
            bodies.add(rig.component() + " " + ledger.scenario().name().toLowerCase() + " " + phase + " #"
                    + (++sequence) + ".");
        }
        return bodies;
    }

    /** Submits a phase of messages through the default producer without waiting. */
    public List<CompletableFuture<Exchange>> submit(String phase) throws Exception {
        return submit(phase, Scale.messagesPerPhase());
    }

    public List<CompletableFuture<Exchange>> submit(String phase, int count) throws Exception {
        return submit(rig.producerUri(), bodies(phase, count));
    }

    public List<CompletableFuture<Exchange>> submit(String uri, List<String> bodies) throws Exception {
        List<CompletableFuture<Exchange>> sent = rig.submit(uri, bodies);
        ledger.submitted(bodies, sent);
        results.addAll(sent);
        return sent;
    }

    /** Submits a phase and waits until every message of it has ended. */
    public void submitAndSettle(String phase) throws Exception {
        ledger.settle(submit(phase), SETTLE);
    }

    /** Waits until every message submitted so far has ended (before the next fault cycle starts). */
    public void settleAll() {
        ledger.settle(List.copyOf(results), SETTLE);
    }

    /** Emits {@code count} chat events from another user and waits for the route to receive them. */
    public void events(String phase, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "event " + ledger.scenario().name().toLowerCase() + " " + phase + " #" + (++sequence);
            texts.add(text);
            ledger.emitted(text);
            rig.emitEvent(text);
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> rig.eventTexts().containsAll(texts));
    }

    public ChatSession<?> session() {
        return rig.session();
    }

    /** Waits until the session has noticed the fault, or already has a new connection. */
    public void awaitFaultNoticed(long readyCountBefore) {
        await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(10))
                .until(() -> session().getState() != SessionState.READY || session().getReadyCount() > readyCountBefore);
    }

    /** Waits until the session is ready on a new connection; records and returns the time since {@code faultNanos}. */
    public Duration awaitRecovery(long readyCountBefore, long faultNanos) {
        await().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(10))
                .until(() -> session().getState() == SessionState.READY && session().getReadyCount() > readyCountBefore);
        Duration recovery = Duration.ofNanos(System.nanoTime() - faultNanos);
        ledger.timeToRecover(recovery);
        return recovery;
    }

    /** Waits for every message to end, then takes the simulator's deliveries and the route's events. */
    public Ledger finish() {
        ledger.settle(results, SETTLE);
        // a message acknowledged at the last moment may be recorded a moment after its delivery: read them last
        ledger.deliveries(rig.delivered());
        ledger.received(rig.eventTexts());
        ledger.reconnects(Math.max(0, session().getReadyCount() - 1));
        ReliabilityReport.record(ledger);
        return ledger;
    }
}
