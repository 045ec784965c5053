package io.github.camelchat.simulator.capi;

import io.github.camelchat.simulator.SimulatorConnection;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;

/** One accepted socket and where it is in the auth/connect sequence. Loop-confined. */
final class CapiConnection extends SimulatorConnection {

    /** The key of a successful AuthenticateRequest, or null. */
    String apiKey;
    /** After a ConnectRequest and before a DisconnectRequest: receives channel events. */
    boolean connected;
    /** Requests are handled one after another, each no earlier than its due time (see the response delay). */
    Future<Void> handled = Future.succeededFuture();
    private long eventIds;

    CapiConnection(ServerWebSocket socket) {
        super(socket);
    }

    /** The server-side counter in events' request_id, from 1 per socket. */
    long nextEventId() {
        return ++eventIds;
    }

    /** The key its frames are recorded under. */
    String recordKey() {
        return apiKey == null ? Records.UNAUTHENTICATED : apiKey;
    }
}
