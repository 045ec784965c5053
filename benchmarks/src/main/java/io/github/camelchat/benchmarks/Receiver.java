package io.github.camelchat.benchmarks;

/** One way of reading a flood: a raw baseline or a Camel route. */
interface Receiver {

    /** Short label for the tables, e.g. {@code (a) raw JDK + Jackson}. */
    String label();

    /** Connects to the server, waits until the tally has all its events (or times out), disconnects. */
    void run(FloodServer server, Tally tally, long timeoutSeconds) throws Exception;
}
