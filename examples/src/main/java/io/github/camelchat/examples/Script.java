package io.github.camelchat.examples;

/** A story told into one simulator, one step per call. */
public interface Script {

    /** Plays the next step; a script waits (does nothing) until the bot is connected, so it misses nothing. */
    void step();
}
