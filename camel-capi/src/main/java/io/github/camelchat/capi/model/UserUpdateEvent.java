package io.github.camelchat.capi.model;

import java.util.List;
import java.util.Map;

/**
 * A user joined the channel or changed. Fields the server left out are {@code null}: a join carries the toon name and
 * attributes, a flag change only the flags. The real server sent {@code flag} and {@code attribute} (a list of
 * key/value pairs), the document {@code flags} and {@code attributes} (an object); both decode to this record.
 *
 * @param userId     the user's session-scoped id (the bot is 1)
 * @param toonName   the user's name, if sent
 * @param flags      {@code Admin}, {@code Moderator}, {@code Speaker}, {@code MuteGlobal}, {@code MuteWhisper}, if sent
 * @param attributes {@code ProgramId}, {@code Rate}, {@code Rank}, {@code Wins}, in the order sent, if sent
 */
public record UserUpdateEvent(long userId, String toonName, List<String> flags, Map<String, String> attributes)
        implements CapiEvent {

    public UserUpdateEvent {
        flags = flags == null ? null : List.copyOf(flags);
        attributes = attributes == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    @Override
    public CapiEventType kind() {
        return CapiEventType.USER_UPDATE;
    }
}
