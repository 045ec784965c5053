package io.github.camelchat.simulator;

/**
 * Transport-level faults every simulator can switch on at run time. Volatile because tests flip them from their own
 * thread while the event loop and Netty read them per frame.
 */
public class FaultSwitches {

    private volatile boolean answerPings = true;
    private volatile boolean silent;

    /** Whether client WebSocket Ping frames get a Pong (off: the client's keepalive sees a dead server). */
    public boolean answerPings() {
        return answerPings;
    }

    public void answerPings(boolean answerPings) {
        this.answerPings = answerPings;
    }

    /**
     * Whether the server sends nothing at all (no data, Pong, Ping or Close frames), as a half-open connection looks
     * to the client. Incoming frames are still read and recorded.
     */
    public boolean silent() {
        return silent;
    }

    public void silent(boolean silent) {
        this.silent = silent;
    }
}
