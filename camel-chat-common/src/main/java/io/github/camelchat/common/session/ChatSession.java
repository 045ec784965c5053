package io.github.camelchat.common.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;

import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.send.OutboundChannel;
import io.github.camelchat.common.send.OutboundQueue;
import io.github.camelchat.common.send.WhileDisconnected;
import io.github.camelchat.common.session.SessionScheduler.Cancellable;
import io.github.camelchat.common.transport.ChatSocket;
import io.github.camelchat.common.transport.ChatTransport;
import io.github.camelchat.common.transport.ConnectRequest;
import io.github.camelchat.common.transport.SocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live socket for one credential, shared by every consumer and producer of that credential, hiding every
 * reconnect from them.
 * <p>
 * State: {@code NEW → CONNECTING → HANDSHAKING → READY → RETRY_WAIT → CONNECTING …}, ending in {@code STOPPED} or
 * {@code FAILED}. There is at most one connection attempt at a time (single-flight); frames, closes and timers of an
 * older connection are recognised and ignored. All state changes happen under one lock; events are delivered and
 * futures completed after it is released, so listeners may block or call back into the session freely.
 */
public final class ChatSession<E> {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSession.class);

    private final String name;
    private final ChatProtocol<E> protocol;
    private final ChatTransport transport;
    private final SessionSettings settings;
    private final SessionScheduler scheduler;
    private final Executor completions;
    private final DoubleSupplier random;
    private final Redactor redactor;
    private final OutboundQueue queue;
    private final List<SessionListener<? super E>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong connectAttempts = new AtomicLong();
    private final AtomicLong readyCount = new AtomicLong();

    private final ReentrantLock lock = new ReentrantLock();
    // guarded by lock
    private SessionState state = SessionState.NEW;
    private String stateReason;
    private Connection connection;
    private long connectionIds;
    private int failedAttempts;
    private Cancellable reconnectTimer = Cancellable.NONE;
    private final ArrayList<E> emitted = new ArrayList<>();
    private final ArrayList<Runnable> deferred = new ArrayList<>();
    private final ArrayList<Runnable> notifications = new ArrayList<>();

    /**
     * @param name        a display name free of secrets, used in logs
     * @param completions where send futures complete (and so where a producer's route continues); never the reader
     * @param random      jitter source, in [0, 1)
     */
    public ChatSession(String name, ChatProtocol<E> protocol, ChatTransport transport, SessionSettings settings,
            SessionScheduler scheduler, Executor completions, DoubleSupplier random, Redactor redactor) {
        this.name = name;
        this.protocol = protocol;
        this.transport = transport;
        this.settings = settings;
        this.scheduler = scheduler;
        this.completions = completions;
        this.random = random == null ? () -> ThreadLocalRandom.current().nextDouble() : random;
        this.redactor = redactor == null ? Redactor.of() : redactor;
        this.queue = new OutboundQueue(settings.send(), scheduler, new QueueChannel());
    }

    public String getName() {
        return name;
    }

    /** The protocol instance of this session, for protocol state a component exposes (a player list, a roster). */
    public ChatProtocol<E> getProtocol() {
        return protocol;
    }

    public void addListener(SessionListener<? super E> listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener<? super E> listener) {
        listeners.remove(listener);
    }

    /** Starts connecting in the background; never blocks. */
    public void start() {
        locked(() -> {
            if (state == SessionState.NEW) {
                connect();
            }
        });
    }

    /** Closes the socket, cancels timers and fails whatever is still pending with {@link Reason#STOPPED}. */
    public void stop() {
        locked(() -> {
            if (state == SessionState.STOPPED) {
                return;
            }
            reconnectTimer.cancel();
            Connection current = connection;
            connection = null;
            if (current != null) {
                current.cancelTimers();
                if (current.socket != null) {
                    current.socket.close(1000, "client stopping");
                }
            }
            queue.close(Reason.STOPPED, "Chat session " + name + " was stopped");
            changeState(SessionState.STOPPED, null);
        });
    }

    /**
     * Submits one outbound message (the protocol encodes it). The future completes with the server's acknowledgement
     * or fails with a {@link ChatException}.
     */
    public CompletableFuture<Object> send(Object message) {
        return locked(() -> queue.submit(message));
    }

    /** As {@link #send(Object)}, with this message's own timeout and disconnected behaviour. */
    public CompletableFuture<Object> send(Object message, long timeoutMillis, WhileDisconnected whileDisconnected) {
        return locked(() -> queue.submit(message, timeoutMillis, whileDisconnected));
    }

    public SessionState getState() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    /** Why the session is not ready (the last loss or the fatal failure), or {@code null}. Free of secrets. */
    public String getStateReason() {
        lock.lock();
        try {
            return stateReason;
        } finally {
            lock.unlock();
        }
    }

    /** Consecutive failed attempts since the last READY. */
    public int getFailedAttempts() {
        lock.lock();
        try {
            return failedAttempts;
        } finally {
            lock.unlock();
        }
    }

    /** Every socket open attempt so far, for tests and metrics. */
    public long getConnectAttempts() {
        return connectAttempts.get();
    }

    /** How many times the session became READY. */
    public long getReadyCount() {
        return readyCount.get();
    }

    public int getQueuedCount() {
        lock.lock();
        try {
            return queue.waitingCount() + queue.inFlightCount();
        } finally {
            lock.unlock();
        }
    }

    // ---- state machine (all with the lock held) ----

    private void connect() {
        changeState(SessionState.CONNECTING, stateReason);
        Connection attempt = new Connection(++connectionIds);
        connection = attempt;
        connectAttempts.incrementAndGet();
        CompletableFuture<ChatSocket> opening;
        try {
            opening = protocol.connectRequest().thenCompose(request -> {
                LOG.debug("Chat session {} connecting to {}", name, request);
                attempt.target = request;
                return transport.open(request, attempt);
            });
        } catch (RuntimeException e) {
            opening = CompletableFuture.failedFuture(e);
        }
        opening.whenComplete(attempt::opened);
    }

    private void lost(Connection lostConnection, CloseDecision decision) {
        if (connection != lostConnection || state.isTerminal()) {
            return;
        }
        connection = null;
        lostConnection.cancelTimers();
        if (lostConnection.socket != null) {
            lostConnection.socket.abort();
        }
        queue.onDisconnected();
        String reason = redactor.apply(decision.reason());
        if (decision.fatal()) {
            fail(reason);
            return;
        }
        failedAttempts++;
        if (settings.reconnect().givesUpAfter(failedAttempts)) {
            fail("Gave up after " + (failedAttempts - 1) + " reconnect attempts; last: " + reason);
            return;
        }
        long delay = decision.delayMillis() >= 0
                ? decision.delayMillis()
                : settings.reconnect().delayMillis(failedAttempts, random);
        LOG.warn("Chat session {} lost its connection ({}); reconnect attempt {} in {} ms", name, reason,
                failedAttempts, delay);
        changeState(SessionState.RETRY_WAIT, reason);
        reconnectTimer = scheduler.schedule(() -> locked(() -> {
            if (state == SessionState.RETRY_WAIT) {
                connect();
            }
        }), delay);
    }

    private void fail(String reason) {
        LOG.error("Chat session {} failed and will not reconnect: {}", name, reason);
        reconnectTimer.cancel();
        queue.close(Reason.SESSION_FAILED, "Chat session " + name + " failed: " + reason);
        changeState(SessionState.FAILED, reason);
    }

    private void changeState(SessionState next, String reason) {
        state = next;
        stateReason = reason;
        if (!listeners.isEmpty()) {
            notifications.add(() -> listeners.forEach(l -> {
                try {
                    l.onStateChange(next, reason);
                } catch (RuntimeException e) {
                    // one broken listener must not keep the others from hearing about the change
                    LOG.warn("Chat session {}: a state listener failed", name, e);
                }
            }));
        }
    }

    // ---- lock helpers: effects run after unlocking ----

    private void locked(Runnable body) {
        locked(() -> {
            body.run();
            return null;
        });
    }

    private <T> T locked(java.util.function.Supplier<T> body) {
        List<Runnable> toComplete;
        List<Runnable> toNotify;
        List<E> events;
        T result;
        lock.lock();
        try {
            result = body.get();
            if (lock.getHoldCount() > 1) {
                return result; // the outermost call runs the effects
            }
            toComplete = drain(deferred);
            toNotify = drain(notifications);
            // events a protocol emits from its own timers, outside any frame
            events = emitted.isEmpty() ? List.of() : drainEvents();
        } finally {
            lock.unlock();
        }
        runEffects(toComplete, toNotify);
        if (!events.isEmpty()) {
            deliver(events);
        }
        return result;
    }

    private List<E> drainEvents() {
        List<E> events = emitted.size() == 1 ? List.of(emitted.get(0)) : new ArrayList<>(emitted);
        emitted.clear();
        return events;
    }

    private void runEffects(List<Runnable> toComplete, List<Runnable> toNotify) {
        for (Runnable completion : toComplete) {
            try {
                completions.execute(completion);
            } catch (RejectedExecutionException e) {
                completion.run(); // the pool is shutting down: a future must still complete
            }
        }
        for (Runnable notification : toNotify) {
            try {
                notification.run();
            } catch (RuntimeException e) {
                LOG.warn("Chat session {}: a state listener failed", name, e);
            }
        }
    }

    private static List<Runnable> drain(ArrayList<Runnable> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Runnable> copy = new ArrayList<>(list);
        list.clear();
        return copy;
    }

    private CompletionStage<?> deliver(List<E> events) {
        CompletionStage<?> last = null;
        List<CompletableFuture<?>> pending = null;
        for (E event : events) {
            for (SessionListener<? super E> listener : listeners) {
                CompletionStage<?> stage;
                try {
                    stage = listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("Chat session {}: a listener failed on an event", name, e);
                    continue;
                }
                if (stage != null) {
                    if (last != null) {
                        if (pending == null) {
                            pending = new ArrayList<>();
                            pending.add(last.toCompletableFuture());
                        }
                        pending.add(stage.toCompletableFuture());
                    }
                    last = stage;
                }
            }
        }
        return pending == null ? last : CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
    }

    /** One socket's life. It is the socket's listener and the protocol's link; stale ones are ignored. */
    private final class Connection implements SocketListener, ProtocolLink<E> {
        private final long id;
        private ConnectRequest target;
        private volatile ChatSocket socket;
        private volatile long lastInbound;
        private final AtomicInteger pendingDeliveries = new AtomicInteger();
        private CompletableFuture<Void> resumeReading; // guarded by this connection
        private Cancellable handshakeTimer = Cancellable.NONE;
        private Cancellable pingTimer = Cancellable.NONE;
        private Cancellable idleTimer = Cancellable.NONE;

        Connection(long id) {
            this.id = id;
        }

        private boolean current() {
            return connection == this && !state.isTerminal();
        }

        void opened(ChatSocket openedSocket, Throwable error) {
            locked(() -> {
                if (!current()) {
                    if (openedSocket != null) {
                        openedSocket.abort();
                    }
                    return;
                }
                if (error != null) {
                    lost(this, protocol.onError(error));
                    return;
                }
                if (socket != null) {
                    return; // already announced by onOpen, before the open future completed
                }
                socket = openedSocket;
                lastInbound = scheduler.nowMillis();
                LOG.debug("Chat session {} connection {} open to {}", name, id, target);
                changeState(SessionState.HANDSHAKING, stateReason);
                handshakeTimer = scheduler.schedule(() -> locked(() -> {
                    if (current() && state == SessionState.HANDSHAKING) {
                        lost(this, protocol.onError(new SessionTimeoutException(
                                "handshake not completed within " + settings.handshakeTimeoutMillis() + " ms")));
                    }
                }), settings.handshakeTimeoutMillis());
                schedulePing();
                scheduleIdleCheck(settings.keepalive().idleTimeoutMillis());
                protocol.onOpen(this);
            });
        }

        private void schedulePing() {
            long interval = settings.keepalive().pingIntervalMillis();
            if (interval > 0) {
                pingTimer = scheduler.schedule(() -> locked(() -> {
                    if (current()) {
                        socket.sendPing();
                        schedulePing();
                    }
                }), interval);
            }
        }

        private void scheduleIdleCheck(long delay) {
            long timeout = settings.keepalive().idleTimeoutMillis();
            if (timeout <= 0) {
                return;
            }
            idleTimer = scheduler.schedule(() -> locked(() -> {
                if (!current()) {
                    return;
                }
                long quiet = scheduler.nowMillis() - lastInbound;
                if (quiet >= timeout) {
                    lost(this, protocol.onError(new SessionTimeoutException(
                            "nothing received for " + quiet + " ms (idle timeout " + timeout + " ms)")));
                } else {
                    scheduleIdleCheck(timeout - quiet);
                }
            }), delay);
        }

        void cancelTimers() {
            handshakeTimer.cancel();
            pingTimer.cancel();
            idleTimer.cancel();
        }

        /**
         * Lets the socket read on while up to {@code maxPendingEvents} events are still being routed, and pauses it
         * beyond that (back-pressure). Reading on matters: a route that replies on this connection waits for a
         * confirmation that arrives as a later frame.
         */
        private CompletionStage<?> withinWindow(CompletionStage<?> delivered) {
            if (delivered == null) {
                return null;
            }
            CompletableFuture<?> routing = delivered.toCompletableFuture();
            if (routing.isDone()) {
                return null;
            }
            pendingDeliveries.incrementAndGet();
            routing.whenComplete((ignored, error) -> {
                pendingDeliveries.decrementAndGet();
                resumeIfBelowWindow();
            });
            synchronized (this) {
                if (pendingDeliveries.get() < settings.maxPendingEvents()) {
                    return null;
                }
                resumeReading = new CompletableFuture<>();
                return resumeReading;
            }
        }

        private void resumeIfBelowWindow() {
            CompletableFuture<Void> resume;
            synchronized (this) {
                if (resumeReading == null || pendingDeliveries.get() >= settings.maxPendingEvents()) {
                    return;
                }
                resume = resumeReading;
                resumeReading = null;
            }
            resume.complete(null);
        }

        // ---- SocketListener ----

        @Override
        public void onOpen(ChatSocket openedSocket) {
            opened(openedSocket, null);
        }

        @Override
        public CompletionStage<?> onText(String message) {
            List<E> events;
            List<Runnable> toComplete;
            List<Runnable> toNotify;
            lock.lock();
            try {
                if (!current()) {
                    return null;
                }
                lastInbound = scheduler.nowMillis();
                try {
                    protocol.onText(message, this);
                } catch (RuntimeException e) {
                    LOG.warn("Chat session {}: skipped an inbound frame that could not be handled: {}", name,
                            redactor.apply(e.toString()));
                }
                events = emitted.isEmpty() ? List.of() : drainEvents();
                toComplete = drain(deferred);
                toNotify = drain(notifications);
            } finally {
                lock.unlock();
            }
            runEffects(toComplete, toNotify);
            return events.isEmpty() ? null : withinWindow(deliver(events));
        }

        @Override
        public void onActivity() {
            lastInbound = scheduler.nowMillis();
        }

        @Override
        public void onClose(int code, String reason) {
            locked(() -> {
                if (current()) {
                    LOG.info("Chat session {}: server closed the connection with code {} ({})", name, code,
                            redactor.apply(reason));
                    lost(this, protocol.onClose(code, reason));
                }
            });
        }

        @Override
        public void onError(Throwable error) {
            locked(() -> {
                if (current()) {
                    lost(this, protocol.onError(error));
                }
            });
        }

        // ---- ProtocolLink ----

        // A protocol calls these from onOpen/onText (lock held) or from its own timers (lock not held): locked() is
        // reentrant and, for the outermost call, completes futures and notifies listeners once the lock is released.

        @Override
        public void send(String text) {
            locked(() -> {
                if (current() && socket != null) {
                    socket.sendText(text);
                }
            });
        }

        @Override
        public void ready() {
            locked(() -> {
                if (!current() || state == SessionState.READY) {
                    return;
                }
                handshakeTimer.cancel();
                failedAttempts = 0;
                readyCount.incrementAndGet();
                LOG.info("Chat session {} is ready", name);
                changeState(SessionState.READY, null);
                queue.dispatch();
            });
        }

        @Override
        public void emit(E event) {
            locked(() -> {
                if (current()) {
                    emitted.add(event);
                }
            });
        }

        @Override
        public boolean acknowledge(Object correlationKey, Object reply) {
            return locked(() -> current() && queue.acknowledge(correlationKey, reply));
        }

        @Override
        public boolean reject(Object correlationKey, Exception cause) {
            return locked(() -> current() && queue.reject(correlationKey, cause));
        }

        @Override
        public boolean retry(Object correlationKey, Exception cause) {
            return locked(() -> current() && queue.retry(correlationKey, cause));
        }

        @Override
        public void reconnect(String reason) {
            locked(() -> lost(this, CloseDecision.retry(reason)));
        }

        @Override
        public void fail(String reason) {
            locked(() -> lost(this, CloseDecision.fatal(reason)));
        }

        @Override
        public SessionScheduler scheduler() {
            return timers;
        }

        /** The session's clock; timers that run under the session lock, and only while this connection is current. */
        private final SessionScheduler timers = new SessionScheduler() {
            @Override
            public long nowMillis() {
                return scheduler.nowMillis();
            }

            @Override
            public Cancellable schedule(Runnable task, long delayMillis) {
                return scheduler.schedule(() -> locked(() -> {
                    if (current()) {
                        task.run();
                    }
                }), delayMillis);
            }
        };
    }

    /** Connects the outbound queue to whichever connection is current. */
    private final class QueueChannel implements OutboundChannel {
        @Override
        public boolean isWritable() {
            return state == SessionState.READY && connection != null && connection.socket != null;
        }

        @Override
        public Encoded encode(Object message, long sequence) throws Exception {
            return protocol.encode(message, sequence);
        }

        @Override
        public CompletableFuture<Void> write(String text) {
            Connection writer = connection;
            return writer.socket.sendText(text).whenComplete((ignored, error) -> {
                if (error != null) {
                    // a failed write means a broken socket, even if the transport has not reported it yet
                    locked(() -> lost(writer, protocol.onError(error)));
                }
            });
        }

        @Override
        public void locked(Runnable task) {
            ChatSession.this.locked(task);
        }

        @Override
        public void afterUnlock(Runnable task) {
            deferred.add(task);
        }
    }
}
