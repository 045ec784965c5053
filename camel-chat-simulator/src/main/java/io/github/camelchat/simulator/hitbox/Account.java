package io.github.camelchat.simulator.hitbox;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A registered user that can log in with its token. {@link #toString()} masks the token, so an account can be logged.
 *
 * @param role the role it gets in every channel (unless a channel makes it a moderator or takes that away)
 */
public record Account(String name, String token, Role role, Set<UserFlag> flags) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(role, "role");
        if (role == Role.GUEST) {
            throw new IllegalArgumentException("an account cannot be a guest");
        }
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(UserFlag flag) {
        return flags.contains(flag);
    }

    @Override
    public String toString() {
        return "Account[name=" + name + ", token=" + Tokens.mask(token) + ", role=" + role.wireName()
                + ", flags=" + flags + "]";
    }
}
