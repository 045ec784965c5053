package io.github.camelchat.common.testing;

import java.util.ArrayList;
import java.util.List;

import io.github.camelchat.common.session.SessionScheduler.Cancellable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The virtual clock the session tests rely on must itself be right. */
class ManualSchedulerTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsDueTasksInTimeOrderAndTiesInSchedulingOrder() {
        clock.schedule(() -> ran.add("c@300"), 300);
        clock.schedule(() -> ran.add("a@100"), 100);
        clock.schedule(() -> ran.add("b1@200"), 200);
        clock.schedule(() -> ran.add("b2@200"), 200);

        clock.advance(199);
        assertThat(ran).containsExactly("a@100");
        assertThat(clock.nowMillis()).isEqualTo(199);

        clock.advance(101);
        assertThat(ran).containsExactly("a@100", "b1@200", "b2@200", "c@300");
        assertThat(clock.nowMillis()).isEqualTo(300);
    }

    @Test
    void tasksSeeTheirOwnDueTimeAndNestedTasksWithinTheWindowRun() {
        List<Long> seen = new ArrayList<>();
        clock.schedule(() -> {
            seen.add(clock.nowMillis());
            clock.schedule(() -> seen.add(clock.nowMillis()), 50);
            clock.schedule(() -> seen.add(clock.nowMillis()), 500);
        }, 100);

        clock.advance(200);
        assertThat(seen).containsExactly(100L, 150L);
        assertThat(clock.pendingCount()).isEqualTo(1);

        clock.advance(400);
        assertThat(seen).containsExactly(100L, 150L, 600L);
    }

    @Test
    void cancelledTasksNeverRun() {
        Cancellable cancelled = clock.schedule(() -> ran.add("cancelled"), 10);
        clock.schedule(() -> ran.add("kept"), 10);
        cancelled.cancel();

        clock.advance(1000);
        assertThat(ran).containsExactly("kept");
        cancelled.cancel(); // cancelling again, or after the fact, is harmless
    }

    @Test
    void zeroAndNegativeDelaysRunOnTheNextAdvanceWithoutMovingTime() {
        clock.advance(42);
        clock.schedule(() -> ran.add("now"), 0);
        clock.schedule(() -> ran.add("past"), -5);
        assertThat(ran).isEmpty();

        clock.runDue();
        assertThat(ran).containsExactly("now", "past");
        assertThat(clock.nowMillis()).isEqualTo(42);
    }
}
