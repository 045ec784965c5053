package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.time.Instant;

import io.github.camelchat.simulator.SimulatorLoop;
import io.vertx.core.Future;

/**
 * Scheduled restarts ({@code SolsticeEvents}): the scheduled/cancelled events, what a socket connecting meanwhile
 * gets, and optionally the restart itself when it is due. Loop-confined.
 */
final class RestartSchedule {

    private record Scheduled(String type, int seconds, Instant scheduledAt, Instant restartAt) {
    }

    private final SimulatorLoop loop;
    private final Broadcaster out;
    private final ChatboxSimulatorOptions options;
    private final Runnable restartNow;
    private Scheduled current;
    private long timerId = -1;

    RestartSchedule(SimulatorLoop loop, Broadcaster out, ChatboxSimulatorOptions options, Runnable restartNow) {
        this.loop = loop;
        this.out = out;
        this.options = options;
        this.restartNow = restartNow;
    }

    Future<Void> schedule(String type, int seconds) {
        Instant now = Instant.now();
        current = new Scheduled(type, seconds, now, now.plusSeconds(seconds));
        cancelTimer();
        if (options.executeScheduledRestarts()) {
            timerId = loop.vertx().setTimer(Math.max(1, seconds * 1000L), id -> {
                timerId = -1;
                current = null;
                restartNow.run();
            });
        }
        int announced = options.has(Quirk.RESTART_SECONDS_ZERO) ? 0 : seconds;
        return out.toCapability(new Events.RestartScheduled(type, announced, WireTime.format(current.restartAt),
                WireTime.format(now)), Capability.READ);
    }

    Future<Void> cancel() {
        if (current == null) {
            return Future.succeededFuture();
        }
        cancelTimer();
        // RCC returns early because its stored event is always null, so it also never forgets the restart.
        if (options.has(Quirk.RESTART_CANCELLED_NEVER_SENT)) {
            return Future.succeededFuture();
        }
        String type = current.type;
        current = null;
        return out.toCapability(new Events.RestartCancelled(type, WireTime.now()), Capability.READ);
    }

    /**
     * What a read socket gets on connect while a restart is pending: the scheduled event with the seconds that are
     * left (RCC's fixRestartTime), or with the bug the frame {@code null} (Gson's rendering of the unset event).
     */
    Future<Void> greet(ChatboxConnection connection) {
        if (current == null) {
            return Future.succeededFuture();
        }
        if (options.has(Quirk.NULL_FRAME_DURING_RESTART)) {
            return out.sendText(connection, "null");
        }
        long left = Math.max(0, Duration.between(Instant.now(), current.restartAt).toSeconds());
        int seconds = options.has(Quirk.RESTART_SECONDS_ZERO) ? 0 : (int) left;
        return out.send(connection, new Events.RestartScheduled(current.type, seconds,
                WireTime.format(current.restartAt), WireTime.format(current.scheduledAt)));
    }

    void clear() {
        current = null;
        cancelTimer();
    }

    private void cancelTimer() {
        if (timerId >= 0) {
            loop.vertx().cancelTimer(timerId);
            timerId = -1;
        }
    }
}
