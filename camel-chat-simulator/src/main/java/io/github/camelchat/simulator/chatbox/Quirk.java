package io.github.camelchat.simulator.chatbox;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Known bugs of the real RCC server, off by default; switch them on to test a client against them. */
public enum Quirk {
    /** An AFK return is sent as {@code event:"afk"} (SolsticeEvents registers AfkEvent for both). */
    AFK_RETURN_AS_AFK,
    /** {@code server_restart_scheduled} carries {@code restartSeconds: 0} (the field is never filled). */
    RESTART_SECONDS_ZERO,
    /** A socket that connects while a restart is scheduled gets the literal text frame {@code null}. */
    NULL_FRAME_DURING_RESTART,
    /** {@code server_restart_cancelled} is never sent, and the scheduled restart is never forgotten. */
    RESTART_CANCELLED_NEVER_SENT;

    /** Every bug at once: the server as deployed. */
    public static final Set<Quirk> ALL_RCC_BUGS = Collections.unmodifiableSet(EnumSet.allOf(Quirk.class));
}
