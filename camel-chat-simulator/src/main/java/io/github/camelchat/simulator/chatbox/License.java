package io.github.camelchat.simulator.chatbox;

import java.util.Set;
import java.util.UUID;

/**
 * A chatbox license. The key is what a client appends to {@code /v2/}.
 *
 * @param owner the owning player as it was when the record was made
 */
public record License(String key, Player owner, Set<Capability> capabilities) {

    public License {
        capabilities = Set.copyOf(capabilities);
    }

    public UUID uuid() {
        return UUID.fromString(key);
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }
}
