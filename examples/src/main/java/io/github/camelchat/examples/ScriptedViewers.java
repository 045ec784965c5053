package io.github.camelchat.examples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Viewer;

/**
 * Scripted life on the embedded hitbox simulator, one step per call: viewers come into the channel, chat, act
 * ({@code /me}), say {@code !ping}, vote in a poll and leave; then the story starts over with a new cast order. Before
 * the bot joins, the channel already has a backlog of earlier lines. Same seed, same story.
 */
public final class ScriptedViewers implements Script {

    static final List<String> BACKLOG = List.of("first!", "is the stream starting soon?", "gg last night");
    private static final List<String> GREETINGS = List.of("hi chat", "hello!", "o/", "hey everyone");
    private static final List<String> TALK = List.of("what game is this?", "that play was insane",
            "PogChamp", "can you show the settings?", "lol", "music is great today");
    private static final List<String> ACTIONS = List.of("dances", "claps", "grabs popcorn");

    private final HitboxSimulator simulator;
    private final String channel;
    private final Random random;
    private final List<Viewer> cast = new ArrayList<>(
            List.of(Viewer.anon("ninja_cat"), Viewer.anon("pixelpaul"), Viewer.anon("StreamFan42")));
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public ScriptedViewers(HitboxSimulator simulator, String channel, long seed) {
        this.simulator = simulator;
        this.channel = channel;
        this.random = new Random(seed);
        simulator.seedBacklog(channel, Viewer.anon("early_bird"), BACKLOG.toArray(String[]::new));
    }

    @Override
    public void step() {
        if (simulator.sockets(channel).isEmpty()) {
            return;
        }
        if (steps.isEmpty()) {
            writeRound();
        }
        steps.poll().run();
    }

    private void writeRound() {
        Collections.shuffle(cast, random);
        Viewer a = cast.get(0);
        Viewer b = cast.get(1);
        Viewer c = cast.get(2);
        steps.add(() -> simulator.joinViewer(a, channel));
        steps.add(() -> simulator.chat(a, channel, pick(GREETINGS)));
        steps.add(() -> simulator.joinViewer(b, channel));
        steps.add(() -> simulator.chat(b, channel, "!ping"));
        steps.add(() -> simulator.joinViewer(c, channel));
        steps.add(() -> simulator.me(c, channel, pick(ACTIONS)));
        steps.add(() -> simulator.poll(channel, "Best relay target?", "Minecraft", "Battle.net"));
        steps.add(() -> simulator.chat(a, channel, pick(TALK)));
        steps.add(() -> simulator.endPoll(channel));
        steps.add(() -> simulator.chat(b, channel, pick(TALK)));
        steps.add(() -> simulator.partViewer(a, channel));
        steps.add(() -> simulator.chat(c, channel, "gg"));
        steps.add(() -> simulator.partViewer(b, channel));
        steps.add(() -> simulator.partViewer(c, channel));
    }

    private String pick(List<String> lines) {
        return lines.get(random.nextInt(lines.size()));
    }
}
