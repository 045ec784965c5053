package io.github.camelchat.simulator.chatbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The license store. Capabilities are read live on every check, as RCC shares one mutable License object between the
 * store and every open socket of it.
 */
final class LicenseBook {

    /** RCC's guest license id (all zeros); guests only ever get {@code read}. */
    static final UUID GUEST_ID = new UUID(0, 0);

    /** Mutable license state. */
    static final class Entry {
        final UUID id;
        final UUID ownerId;
        volatile Set<Capability> capabilities;
        /** The licenseOwnerUser of the latest hello: RCC stores it on the license and reuses it for chat_chatbox. */
        volatile WireUsers.User ownerUser;

        Entry(UUID id, UUID ownerId, Set<Capability> capabilities) {
            this.id = id;
            this.ownerId = ownerId;
            this.capabilities = Set.copyOf(capabilities);
        }

        boolean guest() {
            return GUEST_ID.equals(id);
        }

        boolean has(Capability capability) {
            return capabilities.contains(capability);
        }
    }

    /** The lookup failed as if the license store threw. */
    static final class LookupFailure extends Exception {
        LookupFailure() {
            super("simulated license lookup failure", null, false, false);
        }
    }

    private final Entry guest = new Entry(GUEST_ID, GUEST_ID, EnumSet.of(Capability.READ));
    private final Map<UUID, Entry> licenses = new ConcurrentHashMap<>();
    private volatile boolean failLookups;

    Entry add(UUID ownerId, Set<Capability> capabilities) {
        Entry entry = new Entry(UUID.randomUUID(), ownerId, capabilities);
        licenses.put(entry.id, entry);
        return entry;
    }

    /** RCC's getLicense: null when unknown. The guest license never fails (RCC returns it before any store access). */
    Entry lookup(UUID id) throws LookupFailure {
        if (GUEST_ID.equals(id)) {
            return guest;
        }
        if (failLookups) {
            throw new LookupFailure();
        }
        return licenses.get(id);
    }

    Entry get(UUID id) {
        return GUEST_ID.equals(id) ? guest : licenses.get(id);
    }

    Entry remove(UUID id) {
        return licenses.remove(id);
    }

    /** Moves a license to a new key, keeping owner and capabilities. */
    Entry regenerate(UUID id) {
        Entry old = licenses.remove(id);
        if (old == null) {
            return null;
        }
        Entry fresh = new Entry(UUID.randomUUID(), old.ownerId, old.capabilities);
        licenses.put(fresh.id, fresh);
        return fresh;
    }

    void failLookups(boolean fail) {
        this.failLookups = fail;
    }
}
