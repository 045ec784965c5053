package io.github.camelchat.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import io.github.camelchat.common.transport.ChatSocket;

/** Records what the session does with its socket; sends complete at once unless switched to pending or failing. */
public final class FakeSocket implements ChatSocket {

    /** How {@link #sendText(String)} futures behave. */
    public enum WriteMode {
        COMPLETE,
        PENDING,
        FAIL
    }

    /** One frame written, with the virtual time it was written at. */
    public record Sent(String text, long atMillis) {
    }

    /** One close call. */
    public record Close(int code, String reason) {
    }

    private final LongSupplier clock;
    private final List<Sent> sent = new ArrayList<>();
    private final List<CompletableFuture<Void>> pendingWrites = new ArrayList<>();
    private final List<Close> closes = new ArrayList<>();
    private int pings;
    private int aborts;
    private WriteMode writeMode = WriteMode.COMPLETE;

    public FakeSocket(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<Void> sendText(String text) {
        sent.add(new Sent(text, clock.getAsLong()));
        switch (writeMode) {
            case PENDING -> {
                CompletableFuture<Void> future = new CompletableFuture<>();
                pendingWrites.add(future);
                return future;
            }
            case FAIL -> {
                return CompletableFuture.failedFuture(new java.io.IOException("write failed (fake)"));
            }
            default -> {
                return CompletableFuture.completedFuture(null);
            }
        }
    }

    @Override
    public synchronized CompletableFuture<Void> sendPing() {
        pings++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void close(int code, String reason) {
        closes.add(new Close(code, reason));
    }

    @Override
    public synchronized void abort() {
        aborts++;
    }

    public synchronized FakeSocket writeMode(WriteMode mode) {
        this.writeMode = mode;
        return this;
    }

    /** Completes every write held back by {@link WriteMode#PENDING}, in order. */
    public void completePendingWrites() {
        List<CompletableFuture<Void>> toComplete;
        synchronized (this) {
            toComplete = new ArrayList<>(pendingWrites);
            pendingWrites.clear();
        }
        toComplete.forEach(f -> f.complete(null));
    }

    public synchronized List<String> sentTexts() {
        return sent.stream().map(Sent::text).toList();
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized int pendingWriteCount() {
        return pendingWrites.size();
    }

    public synchronized int pings() {
        return pings;
    }

    public synchronized int aborts() {
        return aborts;
    }

    public synchronized boolean aborted() {
        return aborts > 0;
    }

    public synchronized List<Close> closes() {
        return List.copyOf(closes);
    }
}
