package io.github.camelchat.chatbox.model;

import io.github.camelchat.common.json.IsoTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code command} event: a player ran a chatbox command ({@code \command} publicly, {@code ^command} or
 * {@code |command} owner-only). Needs the {@code command} capability.
 *
 * @param user      the player who ran it
 * @param command   the command name, without its prefix
 * @param args      the space-separated arguments
 * @param ownerOnly whether it was an owner-only command
 * @param time      when it was run according to the server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandEvent(ChatboxUser user, String command, List<String> args, Boolean ownerOnly,
                           @IsoTime OffsetDateTime time) implements ChatboxEvent {

    public static final String EVENT = "command";

    public CommandEvent {
        args = ModelLists.copy(args);
    }

    @Override
    public String event() {
        return EVENT;
    }

    /** The argument at {@code index}, or {@code null} if there are not that many. */
    public String arg(int index) {
        return args != null && index >= 0 && index < args.size() ? args.get(index) : null;
    }
}
