package io.github.camelchat.common.send;

import java.util.concurrent.CompletableFuture;

/** What the {@link OutboundQueue} needs from its session: whether it may write now, encoding, and the socket. */
public interface OutboundChannel {

    /** {@code true} while the session is ready (logged in) and has a socket. */
    boolean isWritable();

    /** Encodes a message for the wire; {@code sequence} is unique within the session and usable as a request id. */
    Encoded encode(Object message, long sequence) throws Exception;

    /** Writes a frame on the current socket. */
    CompletableFuture<Void> write(String text);

    /** Runs {@code task} with the session's lock held (write completions arrive on transport threads). */
    void locked(Runnable task);

    /** Runs {@code task} once the session's lock is released (completing futures must never happen under it). */
    void afterUnlock(Runnable task);
}
