package io.github.camelchat.examples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Player;

/**
 * Scripted life on the embedded chatbox simulator, one step per call: Minecraft players join, chat, die, travel, go
 * AFK, run {@code \ping} and {@code \help}, and leave; then the story starts over with a new cast order. The seed
 * decides who does what and which lines they say, so two runs with the same seed tell the same story.
 */
public final class ScriptedPlayers implements Script {

    static final String NETHER = "minecraft:the_nether";
    private static final String DISCORD_USER = "jeb_";
    private static final List<String> GREETINGS = List.of("hello", "hi all", "o/", "good morning", "hey");
    private static final List<String> SMALL_TALK = List.of("anyone selling diamonds?", "nice build at spawn",
            "brb, getting food", "who wants to go mining?", "lag spike, anyone else?", "gg");
    private static final List<String> COMPLAINTS = List.of("hey!", "rude", "I had my whole inventory on me",
            "that was my good sword");
    private static final List<String> DISCORD_LINES = List.of("what are you all up to?", "server looks busy today",
            "I'll be on later", "**nice**");
    private static final List<String> ACCIDENTS = List.of("%s tried to swim in lava", "%s fell from a high place",
            "%s drowned", "%s was blown up by Creeper");

    private final ChatboxSimulator simulator;
    private final Random random;
    private final List<Player> cast;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public ScriptedPlayers(ChatboxSimulator simulator, long seed) {
        this.simulator = simulator;
        this.random = new Random(seed);
        this.cast = new ArrayList<>(List.of(Player.named("Steve"), Player.named("Alex"), Player.named("Notch")));
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
        Player a = cast.get(0);
        Player b = cast.get(1);
        Player c = cast.get(2);
        steps.add(() -> simulator.join(a));
        steps.add(() -> simulator.chat(a, pick(GREETINGS)));
        steps.add(() -> simulator.join(b));
        steps.add(() -> simulator.chat(b, pick(GREETINGS)));
        steps.add(() -> simulator.chat(a, "\\ping"));
        steps.add(() -> simulator.discordChat(DISCORD_USER, pick(DISCORD_LINES)));
        steps.add(() -> simulator.join(c));
        steps.add(() -> simulator.worldChange(c, Player.OVERWORLD, NETHER));
        steps.add(() -> simulator.death(b, a, b.name() + " was slain by " + a.name()));
        steps.add(() -> simulator.chat(b, pick(COMPLAINTS)));
        steps.add(() -> simulator.chat(c, "\\help"));
        steps.add(() -> simulator.afk(b));
        steps.add(() -> simulator.death(c, null, String.format(pick(ACCIDENTS), c.name())));
        steps.add(() -> simulator.scheduleRestart("manual", 300));
        steps.add(() -> simulator.chat(a, pick(SMALL_TALK)));
        steps.add(() -> simulator.afkReturn(b));
        steps.add(() -> simulator.worldChange(c, NETHER, Player.OVERWORLD));
        steps.add(simulator::cancelRestart);
        steps.add(() -> simulator.chat(b, "\\ping"));
        steps.add(() -> simulator.chat(c, pick(SMALL_TALK)));
        steps.add(() -> simulator.leave(a));
        steps.add(() -> simulator.leave(b));
        steps.add(() -> simulator.leave(c));
    }

    private String pick(List<String> lines) {
        return lines.get(random.nextInt(lines.size()));
    }
}
