package io.github.camelchat.simulator.hitbox;

import java.util.List;

import io.github.camelchat.simulator.FaultSwitches;

/** The transport faults plus hitbox's own run-time switches. Volatile: tests flip them from their own thread. */
final class HitboxSwitches extends FaultSwitches {

    private volatile boolean heartbeats = true;
    private volatile boolean answerHeartbeats = true;
    private volatile int handshakeStatus = 200;
    private volatile int serverListStatus = 200;
    private volatile List<String> serverList;

    HitboxSwitches(HitboxSimulatorOptions options) {
        this.serverList = options.serverList();
    }

    /** Whether the server sends {@code 2::} every heartbeat interval. */
    boolean heartbeats() {
        return heartbeats;
    }

    void heartbeats(boolean value) {
        heartbeats = value;
    }

    /** Whether a {@code 2::} that a client sends on its own (not an echo) gets a {@code 2::} back. */
    boolean answerHeartbeats() {
        return answerHeartbeats;
    }

    void answerHeartbeats(boolean value) {
        answerHeartbeats = value;
    }

    int handshakeStatus() {
        return handshakeStatus;
    }

    void handshakeStatus(int value) {
        handshakeStatus = checkStatus(value);
    }

    int serverListStatus() {
        return serverListStatus;
    }

    void serverListStatus(int value) {
        serverListStatus = checkStatus(value);
    }

    List<String> serverList() {
        return serverList;
    }

    void serverList(List<String> value) {
        serverList = HitboxSimulatorOptions.checkServerList(value);
    }

    private static int checkStatus(int value) {
        if (value < 100 || value > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + value);
        }
        return value;
    }
}
