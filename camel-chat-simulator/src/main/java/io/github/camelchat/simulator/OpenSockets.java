package io.github.camelchat.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;

/**
 * The sockets a {@link SimulatorServer} has accepted and not yet seen close, in the order they opened, and text writes
 * to them. Each returned future completes when the frames are flushed and never fails: a socket closing under a write
 * is not the caller's problem. A protocol's outbox adds its own messages. Loop-confined.
 *
 * @param <C> the protocol's connection
 */
public class OpenSockets<C extends SimulatorConnection> {

    private final Map<ServerWebSocket, C> open = new LinkedHashMap<>();

    public void add(C connection) {
        open.put(connection.socket(), connection);
    }

    public C remove(ServerWebSocket socket) {
        return open.remove(socket);
    }

    /** A copy, so that callers may end sockets while walking it. */
    public List<C> connections() {
        return List.copyOf(open.values());
    }

    public int size() {
        return open.size();
    }

    /** Skips a socket that is closed or closing, where Vert.x would fail the write or throw. */
    public Future<Void> sendText(C connection, String text) {
        if (connection.closed()) {
            return Future.succeededFuture();
        }
        try {
            return connection.socket().writeTextMessage(text).otherwiseEmpty();
        } catch (IllegalStateException closedMeanwhile) {
            return Future.succeededFuture();
        }
    }

    public Future<Void> toAll(String text, Predicate<? super C> filter) {
        List<Future<Void>> writes = new ArrayList<>();
        for (C c : connections()) {
            if (filter.test(c)) {
                writes.add(sendText(c, text));
            }
        }
        return Future.all(writes).mapEmpty();
    }
}
