package io.github.camelchat.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

import io.github.camelchat.common.transport.ChatSocket;
import io.github.camelchat.common.transport.ChatTransport;
import io.github.camelchat.common.transport.ConnectRequest;
import io.github.camelchat.common.transport.SocketListener;

/**
 * Records every {@link #open} and lets the test play the server: complete or fail the open, then drive the listener.
 * Nothing happens on its own, so every step of a test is explicit.
 */
public final class FakeTransport implements ChatTransport {

    private final LongSupplier clock;
    private final List<Open> opens = new ArrayList<>();

    public FakeTransport(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<ChatSocket> open(ConnectRequest request, SocketListener listener) {
        Open open = new Open(request, listener, clock);
        opens.add(open);
        return open.future;
    }

    public synchronized int openCount() {
        return opens.size();
    }

    public synchronized List<Open> opens() {
        return List.copyOf(opens);
    }

    public synchronized Open open(int index) {
        return opens.get(index);
    }

    /** The most recent open call. */
    public synchronized Open last() {
        if (opens.isEmpty()) {
            throw new AssertionError("the session never called open");
        }
        return opens.get(opens.size() - 1);
    }

    /** One call to {@code open}: the request, the session's listener, and the pending result. */
    public static final class Open {
        private final ConnectRequest request;
        private final SocketListener listener;
        private final CompletableFuture<ChatSocket> future = new CompletableFuture<>();
        private final FakeSocket socket;

        Open(ConnectRequest request, SocketListener listener, LongSupplier clock) {
            this.request = request;
            this.listener = listener;
            this.socket = new FakeSocket(clock);
        }

        public ConnectRequest request() {
            return request;
        }

        public SocketListener listener() {
            return listener;
        }

        /** The socket this open yields when {@link #accept()}ed (usable before, e.g. to set its write mode). */
        public FakeSocket socket() {
            return socket;
        }

        public boolean isCompleted() {
            return future.isDone();
        }

        /** The upgrade succeeded: the socket is announced, then the open future completes (as the JDK does). */
        public FakeSocket accept() {
            announce();
            future.complete(socket);
            return socket;
        }

        /** Only the listener's {@code onOpen}; the open future stays incomplete, as when frames race the JDK's future. */
        public FakeSocket announce() {
            listener.onOpen(socket);
            return socket;
        }

        /** The TCP connect or the upgrade failed. */
        public void fail(Throwable error) {
            future.completeExceptionally(error);
        }

        public CompletionStage<?> serverSends(String text) {
            return listener.onText(text);
        }

        public void serverCloses(int code, String reason) {
            listener.onClose(code, reason);
        }

        public void serverErrors(Throwable error) {
            listener.onError(error);
        }

        /** A ping, pong or binary frame arrived. */
        public void serverActivity() {
            listener.onActivity();
        }
    }
}
