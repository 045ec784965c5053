package io.github.camelchat.reliability;

import java.time.Duration;

/**
 * How long the scenarios run. The default run keeps every scenario to a handful of messages and one fault so the
 * module stays within a couple of minutes on a shared two-core machine; {@code -Dsoak=true} runs the same scenarios
 * with more messages, repeated faults, a bigger flood and the full 30 s reconnect-storm window. A soak run writes its
 * report to {@code target/reliability-soak.md}, never over the committed {@code docs/reliability.md}.
 */
public final class Scale {

    private static final boolean SOAK = Boolean.getBoolean("soak");

    private Scale() {
    }

    public static boolean soak() {
        return SOAK;
    }

    /** Messages submitted in each phase of a scenario (before, during and after a fault). */
    public static int messagesPerPhase() {
        return SOAK ? 10 : 2;
    }

    /** How many times a scenario injects its fault. */
    public static int faultCycles() {
        return SOAK ? 5 : 1;
    }

    /** Unknown events in the flood of the hostile-input scenario. */
    public static int floodSize() {
        return SOAK ? 20_000 : 500;
    }

    /**
     * The window over which reconnect attempts are counted after a fatal handshake failure. The issue asks for 30 s;
     * the default run uses 2 s with a 50 ms reconnect delay capped at 100 ms: a reconnect loop would make 20 or more
     * attempts in that window (more than a 30 s window with the default 1 s to 60 s backoff would show), so one
     * attempt in it proves the same thing at a fifteenth of the cost. The soak run uses the full 30 s.
     */
    public static Duration stormWindow() {
        return SOAK ? Duration.ofSeconds(30) : Duration.ofSeconds(2);
    }
}
