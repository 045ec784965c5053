package io.github.camelchat.simulator.capi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelchat.simulator.OpenSockets;
import io.vertx.core.Future;

/** The open sockets and every way the server writes to them (see {@link OpenSockets}). Loop-confined. */
final class Outbox extends OpenSockets<CapiConnection> {

    private final FrameWriter writer;

    Outbox(FrameWriter writer) {
        this.writer = writer;
    }

    FrameWriter writer() {
        return writer;
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
}
