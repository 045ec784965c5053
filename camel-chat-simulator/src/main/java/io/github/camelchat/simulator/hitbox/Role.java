package io.github.camelchat.simulator.hitbox;

import java.util.Locale;

/** A chat role as {@code loginMsg}, {@code chatMsg} and {@code userList} spell it. */
public enum Role {
    /** Not logged in (no or a bad token): reads only, its sends are dropped, no user list. */
    GUEST,
    /** A logged-in viewer. */
    ANON,
    /** A moderator: kick, ban, slow mode, sticky message; no IP ban, cannot make moderators. */
    USER,
    /** Owner, editor, staff or ambassador: everything a moderator can do, plus IP bans and making moderators. */
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Moderation methods are open to moderators and admins only. */
    public boolean moderates() {
        return this == USER || this == ADMIN;
    }
}
