package io.github.camelchat.simulator.capi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A scripted chat user. {@link CapiSimulator#user(String)} creates one (id 0, ProgramId from the options); the first
 * {@link CapiSimulator#join(ChannelUser)} gives it a small id from 2 upwards (1 is every bot itself), which it keeps
 * for the simulator's lifetime, rejoins included. Immutable: the {@code with...} methods return copies, which
 * {@link CapiSimulator#join(ChannelUser)} or {@link CapiSimulator#updateUser(ChannelUser)} store.
 *
 * @param id         the session-scoped user id, or 0 before the first join
 * @param flags      flags, written in {@link UserFlag} order
 * @param attributes attributes, ProgramId first (then Rate, Rank, Wins or whatever was added, in order)
 */
public record ChannelUser(int id, String toonName, Set<UserFlag> flags, Map<String, String> attributes) {

    public static final String PROGRAM_ID = "ProgramId";
    public static final String RATE = "Rate";
    public static final String RANK = "Rank";
    public static final String WINS = "Wins";

    public ChannelUser {
        Objects.requireNonNull(toonName, "toonName");
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        Map<String, String> ordered = new LinkedHashMap<>();
        if (attributes != null) {
            if (attributes.containsKey(PROGRAM_ID)) {
                ordered.put(PROGRAM_ID, Objects.requireNonNull(attributes.get(PROGRAM_ID)));
            }
            attributes.forEach((k, v) -> ordered.putIfAbsent(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        }
        attributes = Collections.unmodifiableMap(ordered);
    }

    /** The ProgramId attribute (product code such as W3XP, SEXP, W2BN, D2DV, STAR, CHAT), or null. */
    public String programId() {
        return attributes.get(PROGRAM_ID);
    }

    public ChannelUser withProgramId(String programId) {
        return withAttribute(PROGRAM_ID, programId);
    }

    public ChannelUser withAttribute(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(key, value);
        return new ChannelUser(id, toonName, flags, copy);
    }

    public ChannelUser withFlags(UserFlag... newFlags) {
        return new ChannelUser(id, toonName, newFlags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(newFlags)),
                attributes);
    }

    ChannelUser withId(int newId) {
        return new ChannelUser(newId, toonName, flags, attributes);
    }

    ChannelUser withFlagSet(Set<UserFlag> newFlags) {
        return new ChannelUser(id, toonName, newFlags, attributes);
    }
}
