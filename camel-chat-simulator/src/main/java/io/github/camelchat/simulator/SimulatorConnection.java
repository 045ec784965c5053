package io.github.camelchat.simulator;

import io.vertx.core.http.ServerWebSocket;

/**
 * One accepted socket as a {@link SimulatorServer} sees it; each protocol adds where the socket is in its own
 * sequence. Loop-confined.
 */
public abstract class SimulatorConnection {

    private final ServerWebSocket socket;
    private boolean closed;

    protected SimulatorConnection(ServerWebSocket socket) {
        this.socket = socket;
    }

    public final ServerWebSocket socket() {
        return socket;
    }

    /** The server has ended the socket itself, before Vert.x may have noticed: nothing more is sent to it. */
    public final void markClosed() {
        closed = true;
    }

    /** Also true once a close has started, which is when the servers the simulators copy stop accepting sends too. */
    public final boolean closed() {
        return closed || socket.isClosed();
    }
}
