package io.github.camelchat.simulator.hitbox;

import java.time.Duration;
import java.util.function.Consumer;

import io.github.camelchat.simulator.SimulatorLoop;

/**
 * Socket.IO 0.9 heartbeats, per socket and in the 0.9 server's rhythm: {@code 2::} one interval after the socket
 * opens, then a wait of up to the heartbeat timeout for the echo; the echo schedules the next one. No echo in time
 * ends the socket ({@code end('heartbeat timeout')}: no {@code 0::}). This is packet-level and echo-driven, unlike
 * the periodic WebSocket Ping sweep of {@code ProtocolKeepAlive}. Loop-confined.
 */
final class Heartbeats {

    private final SimulatorLoop loop;
    private final HitboxSwitches switches;
    private final Outbox out;
    private final Duration interval;
    private final Duration timeout;
    private final Consumer<HitboxConnection> onTimeout;

    Heartbeats(SimulatorLoop loop, HitboxSwitches switches, Outbox out, Duration interval, Duration timeout,
               Consumer<HitboxConnection> onTimeout) {
        this.loop = loop;
        this.switches = switches;
        this.out = out;
        this.interval = interval;
        this.timeout = timeout;
        this.onTimeout = onTimeout;
    }

    void start(HitboxConnection c) {
        schedule(c);
    }

    /**
     * A {@code 2::} from the client: the echo of the outstanding heartbeat (true), or one it sent on its own (false),
     * which the caller may answer. Answering an echo would make an echoing client ping-pong forever.
     */
    boolean received(HitboxConnection c) {
        if (c.echoTimer < 0) {
            return false;
        }
        loop.vertx().cancelTimer(c.echoTimer);
        c.echoTimer = -1;
        schedule(c);
        return true;
    }

    void stop(HitboxConnection c) {
        if (c.heartbeatTimer >= 0) {
            loop.vertx().cancelTimer(c.heartbeatTimer);
            c.heartbeatTimer = -1;
        }
        if (c.echoTimer >= 0) {
            loop.vertx().cancelTimer(c.echoTimer);
            c.echoTimer = -1;
        }
    }

    private void schedule(HitboxConnection c) {
        if (c.heartbeatTimer >= 0) {
            loop.vertx().cancelTimer(c.heartbeatTimer);
        }
        c.heartbeatTimer = loop.vertx().setTimer(Math.max(1, interval.toMillis()), id -> beat(c));
    }

    private void beat(HitboxConnection c) {
        c.heartbeatTimer = -1;
        if (c.closed()) {
            return;
        }
        // Switched off (or playing dead): nothing goes out, so there is nothing to wait for either.
        if (!switches.heartbeats() || switches.silent()) {
            schedule(c);
            return;
        }
        out.sendText(c, SocketIoPacket.HEARTBEAT_FRAME);
        c.echoTimer = loop.vertx().setTimer(Math.max(1, timeout.toMillis()), id -> {
            c.echoTimer = -1;
            if (!c.closed()) {
                onTimeout.accept(c);
            }
        });
    }
}
