package io.github.camelchat.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;

/**
 * Server-side WebSocket keepalive in the style of Java-WebSocket's connection-lost detection (which RCC inherits):
 * on every interval, a socket whose last Pong is older than the timeout is dropped without a Close frame (the
 * client sees 1006); every other socket gets a Ping frame. Loop-confined: call every method on the simulator loop.
 */
public final class ProtocolKeepAlive {

    private final SimulatorLoop loop;
    private final FaultSwitches faults;
    private final Map<ServerWebSocket, Long> lastPongNanos = new LinkedHashMap<>();
    private final Duration interval;
    private final Duration timeout;
    private long timerId = -1;

    public ProtocolKeepAlive(SimulatorLoop loop, FaultSwitches faults, Duration interval, Duration timeout) {
        this.loop = loop;
        this.faults = faults;
        this.interval = interval;
        this.timeout = timeout;
    }

    public void start() {
        stop();
        timerId = loop.vertx().setPeriodic(Math.max(1, interval.toMillis()), id -> check());
    }

    public void stop() {
        if (timerId >= 0) {
            loop.vertx().cancelTimer(timerId);
            timerId = -1;
        }
    }

    public void track(ServerWebSocket socket) {
        lastPongNanos.put(socket, System.nanoTime());
        socket.pongHandler(data -> lastPongNanos.computeIfPresent(socket, (s, old) -> System.nanoTime()));
    }

    public void untrack(ServerWebSocket socket) {
        lastPongNanos.remove(socket);
    }

    private void check() {
        // A silent server is playing dead, so it neither pings nor notices missing Pongs.
        if (faults.silent()) {
            return;
        }
        long now = System.nanoTime();
        List<ServerWebSocket> lost = new ArrayList<>();
        for (Map.Entry<ServerWebSocket, Long> entry : lastPongNanos.entrySet()) {
            ServerWebSocket socket = entry.getKey();
            if (now - entry.getValue() > timeout.toNanos()) {
                lost.add(socket);
            } else if (!socket.isClosed()) {
                socket.writePing(Buffer.buffer());
            }
        }
        for (ServerWebSocket socket : lost) {
            lastPongNanos.remove(socket);
            RawWebSockets.dropTcp(socket);
        }
    }
}
