package io.github.camelchat.simulator.capi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A registered bot: one API key, one channel. Its toon name is {@code [B]} plus the account name in lower case.
 * {@link #toString()} masks the key.
 *
 * @param flags the bot's own flags as it sees them on its user id 1 (it loses {@code Moderator} after a
 *              {@code SendSetModeratorRequest})
 */
public record BotAccount(String accountName, String toonName, String channel, String apiKey, Set<UserFlag> flags) {

    public BotAccount {
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(toonName, "toonName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(apiKey, "apiKey");
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** {@code [B]} plus the account name in lower case, as the server named API bots. */
    public static String toonNameOf(String accountName) {
        return "[B]" + accountName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "BotAccount[accountName=" + accountName + ", toonName=" + toonName + ", channel=" + channel
                + ", apiKey=" + ApiKeys.mask(apiKey) + ", flags=" + flags + "]";
    }
}
