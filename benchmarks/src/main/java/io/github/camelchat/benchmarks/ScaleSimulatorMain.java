package io.github.camelchat.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.HitboxSimulatorOptions;
import io.github.camelchat.simulator.hitbox.Viewer;

/**
 * The scale benchmark's second JVM: the hitbox simulator (as {@code HitboxSimulatorMain} runs it) plus a line protocol
 * on stdin so the benchmark can script it: {@code chat K M} makes a viewer post M messages {@code fan c<i> <j>} into
 * each channel {@code c0…c<K-1>} and answers {@code DONE}; {@code open} answers
 * {@code OPEN <open sockets> <HTTP handshakes> <WebSocket attempts>}. Prints
 * {@code PORT <n>} once listening; stops at end of input.
 */
public final class ScaleSimulatorMain {

    private ScaleSimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().port(0));
        System.out.println("PORT " + sim.port());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                String[] words = line.trim().split(" ");
                switch (words[0]) {
                    case "chat" -> {
                        int channels = Integer.parseInt(words[1]);
                        int each = Integer.parseInt(words[2]);
                        Viewer viewer = sim.viewer("fanin");
                        for (int j = 0; j < each; j++) {
                            for (int i = 0; i < channels; i++) {
                                sim.chat(viewer, "c" + i, "fan c" + i + " " + j);
                            }
                        }
                        System.out.println("DONE");
                    }
                    case "open" -> System.out.println("OPEN " + sim.openConnections() + " " + sim.handshakes() + " "
                            + sim.connectionAttempts());
                    default -> System.out.println("ERROR unknown command " + line);
                }
            }
        } finally {
            sim.close();
        }
        System.exit(0);
    }
}
