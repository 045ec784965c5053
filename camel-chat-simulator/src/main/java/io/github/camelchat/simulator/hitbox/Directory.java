package io.github.camelchat.simulator.hitbox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Accounts (who can log in, by token) and scripted viewers, by name. Loop-confined. */
final class Directory {

    private final Map<String, Account> byToken = new LinkedHashMap<>();
    private final Map<String, Account> byName = new LinkedHashMap<>();
    private final Map<String, Viewer> viewers = new LinkedHashMap<>();

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    Account add(Account account) {
        Account previous = byName.put(key(account.name()), account);
        if (previous != null) {
            byToken.remove(previous.token());
        }
        byToken.put(account.token(), account);
        return account;
    }

    /**
     * Who a joinChannel logs in as: the account of the token, if the name (when given) is that account's. Anything
     * else is a guest: the server never says the credentials were wrong.
     */
    Member login(String name, String token) {
        Account account = token == null ? null : byToken.get(token);
        if (account == null || (name != null && !name.isBlank() && !name.equalsIgnoreCase(account.name()))) {
            return Member.unknownSoldier();
        }
        return new Member(account.name(), account.role(), account.flags());
    }

    /** The viewer of that name: an account's role and flags when there is one, else a plain anon. */
    Viewer viewer(String name) {
        return viewers.computeIfAbsent(key(name), k -> {
            Account account = byName.get(k);
            return account == null ? Viewer.anon(name) : new Viewer(account.name(), account.role(), account.flags());
        });
    }

    Viewer put(Viewer viewer) {
        viewers.put(key(viewer.name()), viewer);
        return viewer;
    }

    boolean isViewer(String name) {
        return viewers.containsKey(key(name));
    }

    /** Who a name is, for userInfo: a connected member first, then an account or viewer, else a plain anon. */
    Member lookup(String name) {
        Account account = byName.get(key(name));
        if (account != null) {
            return new Member(account.name(), account.role(), account.flags());
        }
        Viewer viewer = viewers.get(key(name));
        if (viewer != null) {
            return new Member(viewer.name(), viewer.role(), viewer.flags());
        }
        return new Member(name, Role.ANON, Set.of());
    }
}
