package io.github.camelchat.simulator.capi;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelchat.simulator.FaultSwitches;

/** The transport faults plus CAPI's own run-time switches. Volatile or atomic: tests flip them from their thread. */
final class CapiSwitches extends FaultSwitches {

    private volatile boolean closeBeforeAuthResponse;
    private volatile Duration responseDelay;
    private volatile int rateLimitRequests;
    private volatile Duration rateLimitWindow;
    private final AtomicInteger timeoutsLeft = new AtomicInteger();
    private final AtomicInteger dropsLeft = new AtomicInteger();

    CapiSwitches(CapiSimulatorOptions options) {
        this.responseDelay = options.responseDelay();
        this.rateLimitRequests = options.rateLimitRequests();
        this.rateLimitWindow = options.rateLimitWindow();
    }

    boolean closeBeforeAuthResponse() {
        return closeBeforeAuthResponse;
    }

    void closeBeforeAuthResponse(boolean value) {
        closeBeforeAuthResponse = value;
    }

    Duration responseDelay() {
        return responseDelay;
    }

    void responseDelay(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        responseDelay = value;
    }

    int rateLimitRequests() {
        return rateLimitRequests;
    }

    Duration rateLimitWindow() {
        return rateLimitWindow;
    }

    void rateLimit(int requests, Duration window) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive");
        }
        rateLimitWindow = window;
        rateLimitRequests = requests;
    }

    void timeOutNext(int count) {
        timeoutsLeft.set(Math.max(0, count));
    }

    /** Whether this request is one of those to answer with 6/5. */
    boolean takeTimeout() {
        return timeoutsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    void dropNext(int count) {
        dropsLeft.set(Math.max(0, count));
    }

    /** Whether this response is one of those to leave unsent. */
    boolean takeDrop() {
        return dropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
}
