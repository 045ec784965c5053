package io.github.camelchat.capi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelchat.capi.model.UserUpdateEvent;

/**
 * The channel's members as the bot has been told: id → name, flags, attributes. User ids are valid for one connection
 * only, so the roster is cleared on every reconnect and rebuilt from the member listing.
 */
public final class CapiRoster {

    /** The bot's own user id. */
    public static final long SELF = 1;

    private final Map<Long, Member> members = new ConcurrentHashMap<>();

    /**
     * One member.
     *
     * @param userId     the session-scoped id
     * @param toonName   the name, or {@code null} if never sent
     * @param flags      the latest flags (empty if never sent)
     * @param attributes the latest attributes (empty if never sent)
     */
    public record Member(long userId, String toonName, List<String> flags, Map<String, String> attributes) {
    }

    /** Merges an update: only the fields it carries change. */
    Member apply(UserUpdateEvent update) {
        return members.compute(update.userId(), (id, old) -> new Member(id,
                update.toonName() != null ? update.toonName() : old == null ? null : old.toonName(),
                update.flags() != null ? update.flags() : old == null ? List.of() : old.flags(),
                update.attributes() != null ? update.attributes() : old == null ? Map.of() : old.attributes()));
    }

    Member remove(long userId) {
        return members.remove(userId);
    }

    void clear() {
        members.clear();
    }

    public Member get(long userId) {
        return members.get(userId);
    }

    /** The member with this toon name (ignoring case), or {@code null}. */
    public Member byName(String toonName) {
        for (Member member : members.values()) {
            if (member.toonName() != null && member.toonName().equalsIgnoreCase(toonName)) {
                return member;
            }
        }
        return null;
    }

    /** A snapshot of every member, the bot included. */
    public List<Member> members() {
        return List.copyOf(members.values());
    }
}
