package io.github.camelchat.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelchat.common.session.ChatSession;

/**
 * Reference-counted sessions, so that the consumer and the producer of one bot share one socket (the real servers
 * allow one connection per key and send replies to the socket that asked). The first lease creates and starts the
 * session; the last release stops it.
 */
public final class SessionRegistry {

    private final Map<SessionKey, Entry> sessions = new HashMap<>();

    /**
     * Leases the session for {@code key}, creating and starting it with {@code factory} if none is live. The settings
     * of the first lease win; later leases share its socket.
     */
    public <E> Lease<E> acquire(SessionKey key, Supplier<ChatSession<E>> factory) {
        return acquire(key, factory, true);
    }

    /**
     * As {@link #acquire(SessionKey, Supplier)}; with {@code start=false} a new session is not started yet, so the
     * caller can attach its listener first (or wait for its CamelContext) and then call {@link ChatSession#start()}.
     */
    @SuppressWarnings("unchecked")
    public synchronized <E> Lease<E> acquire(SessionKey key, Supplier<ChatSession<E>> factory, boolean start) {
        Entry entry = sessions.get(key);
        if (entry == null) {
            entry = new Entry(factory.get());
            sessions.put(key, entry);
            if (start) {
                entry.session.start();
            }
        }
        entry.references++;
        return new Lease<>(this, key, (ChatSession<E>) entry.session);
    }

    private synchronized void release(SessionKey key, ChatSession<?> session) {
        Entry entry = sessions.get(key);
        if (entry == null || entry.session != session) {
            return;
        }
        if (--entry.references == 0) {
            sessions.remove(key);
            session.stop();
        }
    }

    public synchronized int size() {
        return sessions.size();
    }

    /** Stops every session, whatever its reference count (component shutdown). */
    public synchronized void stopAll() {
        sessions.values().forEach(entry -> entry.session.stop());
        sessions.clear();
    }

    private static final class Entry {
        final ChatSession<?> session;
        int references;

        Entry(ChatSession<?> session) {
            this.session = session;
        }
    }

    /** A hold on a shared session; release it exactly once. */
    public static final class Lease<E> implements AutoCloseable {
        private final SessionRegistry registry;
        private final SessionKey key;
        private final ChatSession<E> session;
        private boolean released;

        Lease(SessionRegistry registry, SessionKey key, ChatSession<E> session) {
            this.registry = registry;
            this.key = key;
            this.session = session;
        }

        public ChatSession<E> session() {
            return session;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                registry.release(key, session);
            }
        }
    }
}
