package io.github.camelchat.common.send;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.session.SessionScheduler;
import io.github.camelchat.common.session.SessionScheduler.Cancellable;

/**
 * The bounded, paced outbound queue of one session, with the correlation of replies to the messages in flight.
 * <p>
 * Every submitted message ends exactly one way: its future completes with the server's acknowledgement, or fails with
 * a {@link ChatException} that says why. Nothing is dropped silently.
 * <p>
 * Not thread-safe on its own: every method is called with the owning session's lock held.
 */
public final class OutboundQueue {

    private final SendPolicy policy;
    private final SessionScheduler scheduler;
    private final OutboundChannel channel;

    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private final Map<Object, Pending> inFlight = new LinkedHashMap<>();
    private long sequence;
    private long nextWriteAt;
    private Cancellable dispatchTimer = Cancellable.NONE;
    private boolean dispatchScheduled;
    private boolean dispatching;
    private ChatException closedBy;

    public OutboundQueue(SendPolicy policy, SessionScheduler scheduler, OutboundChannel channel) {
        this.policy = policy;
        this.scheduler = scheduler;
        this.channel = channel;
    }

    /** Accepts a message with the policy's timeout and disconnected behaviour. */
    public CompletableFuture<Object> submit(Object message) {
        return submit(message, policy.sendTimeoutMillis(), policy.whileDisconnected());
    }

    /**
     * Accepts a message, or fails it at once when the queue is full, closed, or disconnected in fail-fast mode. The
     * timeout and the disconnected behaviour are per message, so producers with different needs can share a session.
     */
    public CompletableFuture<Object> submit(Object message, long timeoutMillis, WhileDisconnected whileDisconnected) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        if (closedBy != null) {
            future.completeExceptionally(new ChatException(closedBy.getReason(), closedBy.getMessage()));
            return future;
        }
        if (!channel.isWritable() && whileDisconnected == WhileDisconnected.FAIL_FAST) {
            future.completeExceptionally(new ChatException(Reason.NOT_CONNECTED,
                    "Not connected to the chat server and whileDisconnected=FAIL_FAST"));
            return future;
        }
        if (waiting.size() >= policy.queueCapacity()) {
            future.completeExceptionally(new ChatException(Reason.QUEUE_FULL,
                    "Outbound queue is full (" + policy.queueCapacity() + " messages waiting)"));
            return future;
        }
        Pending pending = new Pending(message, future, timeoutMillis, whileDisconnected);
        pending.timeout = scheduler.schedule(() -> channel.locked(() -> timedOut(pending)), timeoutMillis);
        waiting.addLast(pending);
        dispatch();
        return future;
    }

    /** Writes as many waiting messages as the pacing and the in-flight window allow. */
    public void dispatch() {
        // A write that completes at once acknowledges (and so dispatches) from inside write(): the running loop below
        // re-reads the window and the pacing, so a nested call has nothing to do. Letting it run would write before
        // nextWriteAt is advanced (breaking minInterval) and recurse once per message.
        if (dispatching || !channel.isWritable()) {
            return;
        }
        dispatching = true;
        try {
            while (!waiting.isEmpty() && inFlight.size() < policy.maxInFlight() && channel.isWritable()) {
                long now = scheduler.nowMillis();
                if (now < nextWriteAt) {
                    scheduleDispatch(nextWriteAt - now);
                    return;
                }
                if (write(waiting.pollFirst())) {
                    nextWriteAt = now + policy.minIntervalMillis();
                }
            }
        } finally {
            dispatching = false;
        }
    }

    /** Returns {@code false} when the message could not be written (it is then already failed as invalid). */
    private boolean write(Pending pending) {
        Encoded encoded;
        try {
            encoded = channel.encode(pending.message, ++sequence);
            if (encoded == null || encoded.text() == null) {
                throw new IllegalStateException("the protocol encoded no frame");
            }
        } catch (ChatException e) {
            finish(pending, null, e); // the protocol's own refusal says best what is wrong
            return false;
        } catch (Exception e) {
            finish(pending, null, new ChatException(Reason.INVALID, "Cannot encode message: " + e.getMessage(), e));
            return false;
        }
        boolean awaitsReply = encoded.correlationKey() != null;
        Object key = awaitsReply ? encoded.correlationKey() : pending;
        if (inFlight.containsKey(key)) {
            // replacing the entry would orphan the earlier message: its future could never complete
            finish(pending, null, new ChatException(Reason.INVALID,
                    "Correlation key " + key + " is already in flight; the protocol must give each message its own key"));
            return false;
        }
        pending.key = key;
        inFlight.put(key, pending);
        channel.write(encoded.text()).whenComplete((ignored, error) -> {
            // a failed write means a broken socket: the session's loss handling resends or fails what is in flight
            if (error == null && !awaitsReply) {
                channel.locked(() -> acknowledge(pending, null));
            }
        });
        return true;
    }

    private void scheduleDispatch(long delay) {
        if (dispatchScheduled) {
            return;
        }
        dispatchScheduled = true;
        dispatchTimer = scheduler.schedule(() -> channel.locked(() -> {
            dispatchScheduled = false;
            dispatch();
        }), delay);
    }

    /** The server confirmed the message with this key. Returns {@code false} for an unknown (or late) key. */
    public boolean acknowledge(Object key, Object reply) {
        Pending pending = inFlight.remove(key);
        if (pending == null) {
            return false;
        }
        finish(pending, reply, null);
        dispatch();
        return true;
    }

    /** The server refused the message with this key. */
    public boolean reject(Object key, Exception cause) {
        Pending pending = inFlight.remove(key);
        if (pending == null) {
            return false;
        }
        finish(pending, null, cause);
        dispatch();
        return true;
    }

    /**
     * The server asked to try again later (rate limited): the message goes back to the head of the queue and writes
     * pause for the retry delay, doubled per retry of that message. The send timeout still bounds it.
     */
    public boolean retry(Object key, Exception cause) {
        Pending pending = inFlight.remove(key);
        if (pending == null) {
            return false;
        }
        pending.retries++;
        pending.lastRefusal = cause;
        waiting.addFirst(pending);
        long backoff = policy.retryDelayMillis() << Math.min(pending.retries - 1, 16);
        nextWriteAt = Math.max(nextWriteAt, scheduler.nowMillis() + backoff);
        dispatch();
        return true;
    }

    /** The connection is gone: resend or fail what was in flight; in fail-fast mode fail what waits too. */
    public void onDisconnected() {
        List<Pending> unconfirmed = new ArrayList<>(inFlight.values());
        inFlight.clear();
        // in fail-fast mode nothing may wait for the next connection, so written messages cannot be resent; they must
        // not be failed as NOT_CONNECTED either (that says "never sent"), since they may have been delivered
        for (int i = unconfirmed.size() - 1; i >= 0; i--) {
            Pending pending = unconfirmed.get(i);
            if (policy.resendInFlight() && pending.whileDisconnected == WhileDisconnected.WAIT) {
                waiting.addFirst(pending);
            } else {
                finish(pending, null, new ChatException(Reason.CONNECTION_LOST,
                        "Connection lost before the server confirmed the message; it may or may not have been delivered"));
            }
        }
        for (Iterator<Pending> it = waiting.iterator(); it.hasNext();) {
            Pending pending = it.next();
            if (pending.whileDisconnected == WhileDisconnected.FAIL_FAST) {
                it.remove();
                finish(pending, null, new ChatException(Reason.NOT_CONNECTED,
                        "Connection lost before the message was sent and whileDisconnected=FAIL_FAST"));
            }
        }
    }

    /** Fails everything and refuses further submits (session stopped or failed for good). */
    public void close(Reason reason, String message) {
        closedBy = new ChatException(reason, message);
        dispatchTimer.cancel();
        dispatchScheduled = false;
        for (Pending pending : new ArrayList<>(inFlight.values())) {
            finish(pending, null, new ChatException(reason, message));
        }
        inFlight.clear();
        failWaiting(reason, message);
    }

    private void failWaiting(Reason reason, String message) {
        for (Iterator<Pending> it = waiting.iterator(); it.hasNext();) {
            Pending pending = it.next();
            it.remove();
            finish(pending, null, new ChatException(reason, message));
        }
    }

    private void timedOut(Pending pending) {
        if (pending.future.isDone()) {
            return;
        }
        boolean removed = waiting.remove(pending) || (pending.key != null && inFlight.remove(pending.key, pending));
        if (!removed) {
            return;
        }
        String detail = pending.lastRefusal == null ? "" : " (last refusal: " + pending.lastRefusal.getMessage() + ")";
        finish(pending, null, new ChatException(Reason.TIMEOUT,
                "No acknowledgement from the chat server within " + pending.timeoutMillis + " ms" + detail,
                pending.lastRefusal));
        dispatch();
    }

    private void finish(Pending pending, Object reply, Exception error) {
        pending.timeout.cancel();
        CompletableFuture<Object> future = pending.future;
        channel.afterUnlock(error == null ? () -> future.complete(reply) : () -> future.completeExceptionally(error));
    }

    public int waitingCount() {
        return waiting.size();
    }

    public int inFlightCount() {
        return inFlight.size();
    }

    private static final class Pending {
        final Object message;
        final CompletableFuture<Object> future;
        Cancellable timeout = Cancellable.NONE;
        final long timeoutMillis;
        final WhileDisconnected whileDisconnected;
        Object key;
        int retries;
        Exception lastRefusal;

        Pending(Object message, CompletableFuture<Object> future, long timeoutMillis, WhileDisconnected whileDisconnected) {
            this.message = message;
            this.future = future;
            this.timeoutMillis = timeoutMillis;
            this.whileDisconnected = whileDisconnected;
        }
    }
}
