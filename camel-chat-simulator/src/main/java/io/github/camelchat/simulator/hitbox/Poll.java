package io.github.camelchat.simulator.hitbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A running poll or raffle: a question, choices with counts, and who voted (once each). Loop-confined. */
final class Poll {

    final String question;
    final List<String> choices;
    final int[] counts;
    final String startTime = Instant.now().toString();
    final String nameColor;
    private final Set<String> voterKeys = new LinkedHashSet<>();
    private final List<String> voters = new ArrayList<>();
    String status = "started";

    Poll(String question, List<String> choices, String nameColor) {
        this.question = question;
        this.choices = List.copyOf(choices);
        this.counts = new int[choices.size()];
        this.nameColor = nameColor;
    }

    /** Counts a vote; false for a second vote, a bad choice, or a poll that is not running. */
    boolean vote(String name, long choice) {
        if (!"started".equals(status) || choice < 0 || choice >= choices.size()
                || !voterKeys.add(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        voters.add(name);
        counts[(int) choice]++;
        return true;
    }

    List<String> voters() {
        return List.copyOf(voters);
    }

    int votes() {
        return voters.size();
    }
}
