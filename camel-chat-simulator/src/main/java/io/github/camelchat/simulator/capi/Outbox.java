package io.github.camelchat.simulator.capi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;

/**
 * The open sockets and every way the server writes to them. Each returned future completes when the frames are
 * flushed and never fails (a socket closing under a write is not the caller's problem). Loop-confined.
 */
final class Outbox {

    private final Map<ServerWebSocket, CapiConnection> open = new LinkedHashMap<>();
    private final FrameWriter writer;

    Outbox(FrameWriter writer) {
        this.writer = writer;
    }

    FrameWriter writer() {
        return writer;
    }

    void add(CapiConnection connection) {
        open.put(connection.socket, connection);
    }

    CapiConnection remove(ServerWebSocket socket) {
        return open.remove(socket);
    }

    List<CapiConnection> connections() {
        return List.copyOf(open.values());
    }

    int size() {
        return open.size();
    }

    Future<Void> sendText(CapiConnection connection, String text) {
        if (connection.closed()) {
            return Future.succeededFuture();
        }
        try {
            return connection.socket.writeTextMessage(text).otherwiseEmpty();
        } catch (IllegalStateException closedMeanwhile) {
            return Future.succeededFuture();
        }
    }

    /** An event with this socket's next event request_id. */
    Future<Void> event(CapiConnection connection, String command, ObjectNode payload) {
        if (connection.closed()) {
            return Future.succeededFuture();
        }
        return sendText(connection, writer.event(command, connection.nextEventId(), payload));
    }

    /** The same event to every matching socket (each with its own request_id). */
    Future<Void> event(Predicate<CapiConnection> to, String command, ObjectNode payload) {
        List<Future<Void>> writes = new ArrayList<>();
        for (CapiConnection c : connections()) {
            if (to.test(c)) {
                writes.add(event(c, command, payload.deepCopy()));
            }
        }
        return Future.all(writes).mapEmpty();
    }

    Future<Void> toAll(String text) {
        List<Future<Void>> writes = new ArrayList<>();
        for (CapiConnection c : connections()) {
            writes.add(sendText(c, text));
        }
        return Future.all(writes).mapEmpty();
    }
}
