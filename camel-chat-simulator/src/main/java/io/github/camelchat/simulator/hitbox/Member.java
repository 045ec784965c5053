package io.github.camelchat.simulator.hitbox;

import java.util.Set;

/** Who someone is in one channel: the name they chat under, their role there and their flags. */
record Member(String name, Role role, Set<UserFlag> flags) {

    static final String GUEST_NAME = "UnknownSoldier";

    static Member unknownSoldier() {
        return new Member(GUEST_NAME, Role.GUEST, Set.of());
    }

    boolean guest() {
        return role == Role.GUEST;
    }

    boolean has(UserFlag flag) {
        return flags.contains(flag);
    }

    /** Moderation acts only on someone of a lower role: moderators cannot touch moderators or admins. */
    boolean outranks(Member target) {
        return role.moderates() && role.ordinal() > target.role().ordinal();
    }
}
