package io.github.camelchat.simulator;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * A private Vert.x instance with exactly one event loop. Every simulator keeps all of its state on that thread, so the
 * state needs no locks, and the test API (called from any thread) hops onto the loop and waits for the result.
 */
public final class SimulatorLoop implements AutoCloseable {

    /** Long enough for a loaded 2-core CI machine, short enough that a stuck test fails instead of hanging. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);

    private final Vertx vertx;
    private final Context context;
    private final Thread thread;
    private final Duration callTimeout;

    public SimulatorLoop() {
        this(DEFAULT_CALL_TIMEOUT);
    }

    public SimulatorLoop(Duration callTimeout) {
        this.callTimeout = callTimeout;
        // One event loop makes every handler, timer and test-API call run on the same thread.
        this.vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.context = vertx.getOrCreateContext();
        CompletableFuture<Thread> loopThread = new CompletableFuture<>();
        context.runOnContext(v -> loopThread.complete(Thread.currentThread()));
        this.thread = join(loopThread);
    }

    public Vertx vertx() {
        return vertx;
    }

    public boolean onLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs on the loop without waiting (directly when already there, which keeps ordering for nested calls). */
    public void execute(Runnable action) {
        if (onLoop()) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    /** Runs on the loop and returns its value. */
    public <T> T call(Supplier<T> action) {
        if (onLoop()) {
            return action.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return join(result);
    }

    /**
     * Runs on the loop and waits until the returned future completes, e.g. until the frames it wrote are flushed.
     * On the loop itself the future cannot be waited for without blocking the loop, so the call returns at once;
     * the writes are still ordered behind anything the caller does next.
     */
    public <T> T await(Supplier<Future<T>> action) {
        if (onLoop()) {
            Future<T> future = action.get();
            return future.isComplete() && future.succeeded() ? future.result() : null;
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> {
            try {
                action.get().onComplete(ar -> {
                    if (ar.succeeded()) {
                        result.complete(ar.result());
                    } else {
                        result.completeExceptionally(ar.cause());
                    }
                });
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return join(result);
    }

    /**
     * A future that completes once the condition holds or the time is up, whichever comes first (it never fails).
     * The condition is checked on the loop every 10 ms; call this on the loop.
     */
    public Future<Void> when(BooleanSupplier condition, Duration within) {
        Promise<Void> done = Promise.promise();
        poll(condition, System.nanoTime() + within.toNanos(), done);
        return done.future();
    }

    private void poll(BooleanSupplier condition, long deadlineNanos, Promise<Void> done) {
        if (condition.getAsBoolean() || System.nanoTime() - deadlineNanos > 0) {
            done.complete();
        } else {
            vertx.setTimer(10, id -> poll(condition, deadlineNanos, done));
        }
    }

    private <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the simulator loop", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the simulator loop did not answer within " + callTimeout, e);
        }
    }

    @Override
    public void close() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        vertx.close().onComplete(ar -> closed.complete(null));
        if (!onLoop()) {
            join(closed);
        }
    }
}
