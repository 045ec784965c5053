package io.github.camelchat.simulator.hitbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One channel: who is in it, its backlog, modes, sticky message, poll and raffle, bans and moderators. Loop-confined. */
final class ChatRoom {

    final String name;
    private final int backlogSize;
    private final Deque<Post> backlog = new ArrayDeque<>();
    private final Set<HitboxConnection> sockets = new LinkedHashSet<>();
    private final Map<String, Viewer> viewers = new LinkedHashMap<>();
    private final Set<String> mods = new LinkedHashSet<>();
    private final Set<String> demoted = new LinkedHashSet<>();
    private final Map<String, String> bans = new LinkedHashMap<>();
    private final Map<String, Long> timeoutUntilNanos = new LinkedHashMap<>();
    private final Map<String, String> lastText = new LinkedHashMap<>();
    private final Map<String, Long> lastPostNanos = new LinkedHashMap<>();
    private final List<Post> media = new ArrayList<>();
    int slowSeconds;
    boolean subscriberOnly;
    /** The sticky message's params, or null. */
    ObjectNode motd;
    Poll poll;
    Poll raffle;

    ChatRoom(String name, int backlogSize) {
        this.name = name;
        this.backlogSize = backlogSize;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- presence

    void add(HitboxConnection connection) {
        sockets.add(connection);
    }

    boolean remove(HitboxConnection connection) {
        return sockets.remove(connection);
    }

    List<HitboxConnection> sockets() {
        return List.copyOf(sockets);
    }

    void forgetSockets() {
        sockets.clear();
    }

    boolean addViewer(Viewer viewer) {
        return viewers.put(key(viewer.name()), viewer) == null;
    }

    Viewer removeViewer(String name) {
        return viewers.remove(key(name));
    }

    /** Everyone present, sockets first, each name once (a user with two tabs is one user). */
    List<Member> members() {
        Map<String, Member> byName = new LinkedHashMap<>();
        for (HitboxConnection c : sockets) {
            Member m = c.member();
            if (!m.guest()) {
                byName.putIfAbsent(key(m.name()), m);
            }
        }
        for (Viewer v : viewers.values()) {
            byName.putIfAbsent(key(v.name()), member(new Member(v.name(), v.role(), v.flags())));
        }
        return List.copyOf(byName.values());
    }

    int guests() {
        return (int) sockets.stream().filter(c -> c.member().guest()).count();
    }

    // ---------------------------------------------------------------- roles

    /** The identity with this channel's moderator list applied. */
    Member member(Member identity) {
        if (identity.guest() || identity.role() == Role.ADMIN) {
            return identity;
        }
        String k = key(identity.name());
        if (mods.contains(k)) {
            return new Member(identity.name(), Role.USER, identity.flags());
        }
        if (demoted.contains(k)) {
            return new Member(identity.name(), Role.ANON, identity.flags());
        }
        return identity;
    }

    void makeMod(String name) {
        demoted.remove(key(name));
        mods.add(key(name));
    }

    void removeMod(String name) {
        mods.remove(key(name));
        demoted.add(key(name));
    }

    // ---------------------------------------------------------------- bans and time-outs

    void ban(String name) {
        bans.put(key(name), name);
    }

    boolean unban(String name) {
        return bans.remove(key(name)) != null;
    }

    boolean banned(String name) {
        return bans.containsKey(key(name));
    }

    List<String> bans() {
        return List.copyOf(bans.values());
    }

    void timeOut(String name, long untilNanos) {
        timeoutUntilNanos.put(key(name), untilNanos);
    }

    /** Seconds left of a time-out, rounded up; 0 when there is none. */
    long timeoutLeftSeconds(String name, long nowNanos) {
        Long until = timeoutUntilNanos.get(key(name));
        if (until == null || until - nowNanos <= 0) {
            timeoutUntilNanos.remove(key(name));
            return 0;
        }
        return (until - nowNanos + 999_999_999L) / 1_000_000_000L;
    }

    // ---------------------------------------------------------------- chat

    boolean repeats(String name, String text) {
        return text.equals(lastText.get(key(name)));
    }

    /** Seconds until this user may post again under slow mode; 0 when it may post now. */
    long slowWaitSeconds(String name, long nowNanos) {
        Long last = lastPostNanos.get(key(name));
        if (slowSeconds <= 0 || last == null) {
            return 0;
        }
        long left = last + slowSeconds * 1_000_000_000L - nowNanos;
        return left <= 0 ? 0 : (left + 999_999_999L) / 1_000_000_000L;
    }

    void posted(Post post, long nowNanos) {
        lastText.put(key(post.from().name()), post.text());
        lastPostNanos.put(key(post.from().name()), nowNanos);
        remember(post);
    }

    void remember(Post post) {
        backlog.addLast(post);
        while (backlog.size() > backlogSize) {
            backlog.removeFirst();
        }
        if (post.media()) {
            media.add(post);
        }
    }

    List<Post> backlog() {
        return List.copyOf(backlog);
    }

    List<Post> media() {
        return List.copyOf(media);
    }
}
