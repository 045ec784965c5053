package io.github.camelchat.simulator.hitbox;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A scripted chat user without a socket: tests make it join, chat, whisper and leave as if a client did.
 *
 * @param role its role in every channel it joins (a channel's moderator list can raise an {@code anon})
 */
public record Viewer(String name, Role role, Set<UserFlag> flags) {

    public Viewer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public static Viewer anon(String name) {
        return new Viewer(name, Role.ANON, Set.of());
    }

    public Viewer withRole(Role value) {
        return new Viewer(name, value, flags);
    }

    public Viewer withFlags(UserFlag... values) {
        return new Viewer(name, role, values.length == 0 ? Set.of() : EnumSet.copyOf(Set.of(values)));
    }
}
