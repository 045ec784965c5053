package io.github.camelchat.simulator.hitbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Socket.IO session ids from the handshake. Each is good for one WebSocket, and only within the handshake
 * expiration: a used, expired or made-up sid is "not handshaken". Loop-confined.
 */
final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final Map<String, Long> issuedNanos = new LinkedHashMap<>();
    private final Duration expiration;

    Sessions(Duration expiration) {
        this.expiration = expiration;
    }

    /** A fresh sid in the live server's shape (20 characters, like {@code 7_wKSaZndijMFrJYCziZ}). */
    String issue() {
        sweep();
        String sid;
        do {
            StringBuilder b = new StringBuilder(20);
            for (int i = 0; i < 20; i++) {
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            sid = b.toString();
        } while (issuedNanos.containsKey(sid));
        issuedNanos.put(sid, System.nanoTime());
        return sid;
    }

    /** Whether the sid was issued, not yet used and not expired; it is used up either way. */
    boolean consume(String sid) {
        Long issued = issuedNanos.remove(sid);
        return issued != null && System.nanoTime() - issued <= expiration.toNanos();
    }

    /** A restart loses every pending handshake. */
    void clear() {
        issuedNanos.clear();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Iterator<Long> it = issuedNanos.values().iterator(); it.hasNext(); ) {
            if (now - it.next() > expiration.toNanos()) {
                it.remove();
            }
        }
    }
}
