package io.github.camelchat.examples;

import java.util.List;

/** The simulated games' scripts, played in turn (one step each per round), so that all three chats live at once. */
public final class ScriptedLife {

    private final List<Script> scripts;
    private int turn;

    public ScriptedLife(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** Every game runs on a real server: nothing to script. */
    public boolean isEmpty() {
        return scripts.isEmpty();
    }

    /** Called from one timer thread only. */
    public void step() {
        if (scripts.isEmpty()) {
            return;
        }
        scripts.get(turn).step();
        turn = (turn + 1) % scripts.size();
    }
}
