package io.github.camelchat.examples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.ChannelUser;

/**
 * Scripted life on the embedded CAPI simulator, one step per call: Battle.net users join the bot's channel, talk,
 * emote, whisper the bot, say {@code !ping} and leave; then the story starts over with a new cast order. Same seed,
 * same story.
 */
public final class ScriptedBattleNetUsers implements Script {

    private static final List<String> GREETINGS = List.of("hey all", "sup", "hi", "evening", "yo");
    private static final List<String> TALK = List.of("anyone up for a 2v2?", "new ladder season soon",
            "that last patch was rough", "gg wp", "who is streaming tonight?", "lag again...");
    private static final List<String> EMOTES = List.of("waves", "yawns", "cheers", "is AFK for a bit");
    private static final List<String> WHISPERS = List.of("hi bot, what are you?", "are you a real person?",
            "!ping");

    private final CapiSimulator simulator;
    private final Random random;
    private final List<String> cast = new ArrayList<>(List.of("Raynor", "Kerrigan", "Zeratul"));
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public ScriptedBattleNetUsers(CapiSimulator simulator, long seed) {
        this.simulator = simulator;
        this.random = new Random(seed);
    }

    @Override
    public void step() {
        if (simulator.openConnections() == 0) {
            return;
        }
        if (steps.isEmpty()) {
            writeRound();
        }
        steps.poll().run();
    }

    private void writeRound() {
        Collections.shuffle(cast, random);
        ChannelUser a = simulator.user(cast.get(0));
        ChannelUser b = simulator.user(cast.get(1));
        ChannelUser c = simulator.user(cast.get(2));
        steps.add(() -> simulator.join(a));
        steps.add(() -> simulator.say(a, pick(GREETINGS)));
        steps.add(() -> simulator.join(b));
        steps.add(() -> simulator.emote(b, pick(EMOTES)));
        steps.add(() -> simulator.whisperBot(a, pick(WHISPERS)));
        steps.add(() -> simulator.join(c));
        steps.add(() -> simulator.say(b, "!ping"));
        steps.add(() -> simulator.say(c, pick(TALK)));
        steps.add(() -> simulator.leave(a));
        steps.add(() -> simulator.emote(c, pick(EMOTES)));
        steps.add(() -> simulator.say(b, pick(TALK)));
        steps.add(() -> simulator.leave(b));
        steps.add(() -> simulator.join(a));
        steps.add(() -> simulator.leave(c));
        steps.add(() -> simulator.leave(a));
    }

    private String pick(List<String> lines) {
        return lines.get(random.nextInt(lines.size()));
    }
}
