package io.github.camelchat.hitbox.model;

/** The chat roles of {@code loginMsg}, {@code chatMsg} and {@code userInfo}. */
public final class HitboxRoles {

    /** Not logged in (or bad credentials): read-only, no user list. */
    public static final String GUEST = "guest";
    /** A logged-in viewer. */
    public static final String ANON = "anon";
    /** A moderator: kick, ban, slow and subscriber-only mode; no IP ban. */
    public static final String USER = "user";
    /** Owner, editor, staff or ambassador: moderators and IP bans too. */
    public static final String ADMIN = "admin";
    /** {@code userInfo} of a banned user. */
    public static final String BANNED = "banned";

    private HitboxRoles() {
    }
}
