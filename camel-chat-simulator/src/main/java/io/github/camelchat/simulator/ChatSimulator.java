package io.github.camelchat.simulator;

import java.time.Duration;
import java.util.function.Supplier;

import io.vertx.core.Future;

/**
 * What every simulator facade offers whatever its protocol: the {@link SimulatorLoop} it keeps its state on, start and
 * close, restarts, the transport faults and the connection counters. A protocol's facade adds its world (accounts,
 * users, channels), its own faults and its records.
 *
 * <p>Every public method may be called from any thread. State lives on the one event loop; methods that make the
 * server send something return once those frames are flushed to the sockets.
 */
public abstract class ChatSimulator implements AutoCloseable {

    protected final SimulatorLoop loop = new SimulatorLoop();
    private volatile boolean closed;

    protected abstract SimulatorServer<?> server();

    protected abstract FaultSwitches faults();

    /**
     * Starts a facade the protocol has just built, or closes its loop when the listener cannot start, since the caller
     * never gets a simulator to close.
     */
    protected static <S extends ChatSimulator> S started(S simulator) {
        try {
            simulator.loop.await(simulator::startOnLoop);
        } catch (RuntimeException e) {
            simulator.loop.close();
            throw e;
        }
        return simulator;
    }

    /** Starts listening; a protocol with timers of its own starts them first. Runs on the loop. */
    protected Future<Integer> startOnLoop() {
        return server().start();
    }

    protected final LoopbackWebSocketServer listener() {
        return server().listener();
    }

    /** Runs on the loop and waits until what the action wrote is flushed. */
    protected final void send(Supplier<Future<Void>> action) {
        loop.await(action);
    }

    // ---------------------------------------------------------------- addresses

    public int port() {
        return listener().port();
    }

    // ---------------------------------------------------------------- raw frames and faults

    /** Sends this text frame to every open socket, as is. */
    public void injectRaw(String frame) {
        send(() -> server().injectRaw(frame));
    }

    /** Sends every open socket a text frame whose bytes are not valid UTF-8; clients must fail the connection. */
    public void injectInvalidUtf8() {
        send(server()::injectInvalidUtf8);
    }

    /**
     * Closes every socket with a WebSocket Close frame of this code and reason, and nothing the protocol would send
     * first (no closing packet, no disconnect message).
     */
    public void closeAll(int code, String reason) {
        send(() -> server().closeAll(code, reason));
    }

    /** Kills every TCP connection without a Close frame. */
    public void dropAll() {
        loop.call(() -> {
            server().dropAll();
            return null;
        });
    }

    /** Off: client WebSocket Ping frames get no Pong. */
    public void setAnswerPings(boolean answer) {
        faults().answerPings(answer);
    }

    /** On: the server sends nothing at all (half-open connection); it still reads and records. */
    public void setSilent(boolean silent) {
        faults().silent(silent);
    }

    // ---------------------------------------------------------------- what happened

    /** Sockets the server accepted (past the protocol's open checks) that are still open. */
    public int openConnections() {
        return loop.call(server()::openConnections);
    }

    /** Every WebSocket upgrade request so far, on any path, accepted or not. */
    public int connectionAttempts() {
        return listener().upgradeAttempts();
    }

    public boolean isListening() {
        return listener().listening();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Stops accepting, ends every socket as {@link #close()} does, stops listening, and listens again on the same
     * port after the downtime. What the simulator was told (accounts, users, channels) survives. Returns once the
     * listener is down; use {@link #isListening()} to see it come back.
     */
    public void restart(Duration downtime) {
        loop.await(() -> restartOnLoop(downtime));
    }

    /** Runs on the loop; a protocol that forgets state across a restart does so once the listener is down. */
    protected Future<Void> restartOnLoop(Duration downtime) {
        return server().restart(downtime);
    }

    /** Ends every socket the protocol's way and stops the server; a second call does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            loop.await(this::stopOnLoop);
        } finally {
            loop.close();
        }
    }

    /** Stops the server; a protocol with timers of its own stops them first. Runs on the loop. */
    protected Future<Void> stopOnLoop() {
        return server().stop();
    }
}
