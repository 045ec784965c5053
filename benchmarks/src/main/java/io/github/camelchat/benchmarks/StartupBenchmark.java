package io.github.camelchat.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 5. Start-up: context start → first event routed. A context with one consumer route is started; the clock runs from
 * the call to {@code context.start()} to the processor seeing the first event, which the flood server sends right after
 * the handshake. It covers starting the context, connecting, the handshake (hitbox: the HTTP handshake too) and routing
 * one event. <b>Cold</b>: each round in a fresh JVM ({@link StartupProbe}), as an application starts. <b>Warm</b>: the
 * same again in this JVM, after the cold rounds, with a fresh context each time.
 */
final class StartupBenchmark {

    private final BenchmarkOptions options;
    private final Report report;

    StartupBenchmark(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        Map<Wire, double[][]> cold = new LinkedHashMap<>();
        Map<Wire, double[][]> warm = new LinkedHashMap<>();
        Map<Wire, FloodServer> servers = new LinkedHashMap<>();
        try {
            for (Wire wire : options.wires) {
                servers.put(wire, new FloodServer(FrameSamples.capture(wire)).plan(FloodServer.Plan.immediate(1)));
                cold.put(wire, new double[2][options.rounds]);
                warm.put(wire, new double[2][options.rounds]);
            }
            for (int round = 0; round < options.rounds; round++) {
                for (Wire wire : options.wires) {
                    try (ChildJvm child = new ChildJvm(List.of("-Xms256m", "-Xmx256m", "-XX:+UseG1GC"),
                            StartupProbe.class, wire.name(), Integer.toString(servers.get(wire).port()))) {
                        String[] ms = child.expect("STARTUP", 60).split(" ");
                        cold.get(wire)[0][round] = Double.parseDouble(ms[0]);
                        cold.get(wire)[1][round] = Double.parseDouble(ms[1]);
                    }
                    System.out.printf("startup round %d %s cold: context.start() %.1f ms, first event %.1f ms%n", round,
                            wire, cold.get(wire)[0][round], cold.get(wire)[1][round]);
                }
            }
            for (Wire wire : options.wires) {
                StartupProbe.measure(wire, servers.get(wire).port()); // unrecorded: load the classes in this JVM
            }
            for (int round = 0; round < options.rounds; round++) {
                for (Wire wire : options.wires) {
                    Double[] ms = StartupProbe.measure(wire, servers.get(wire).port());
                    warm.get(wire)[0][round] = ms[0];
                    warm.get(wire)[1][round] = ms[1];
                    System.out.printf("startup round %d %s warm: context.start() %.1f ms, first event %.1f ms%n", round,
                            wire, ms[0], ms[1]);
                }
            }
        } finally {
            servers.values().forEach(FloodServer::close);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Wire wire : options.wires) {
            Stats coldFirst = Stats.of(cold.get(wire)[1]);
            rows.add(List.of("`" + wire.scheme + ":`", Report.spread(coldFirst),
                    Report.spread(Stats.of(cold.get(wire)[0])), Report.spread(Stats.of(warm.get(wire)[1])),
                    Report.spread(Stats.of(warm.get(wire)[0]))));
            report.target(wire.scheme + ": context start → first event routed (cold JVM)", "< 300 ms (median)",
                    Report.spread(coldFirst) + " ms", coldFirst.median() < 300);
        }
        report.section("### Start-up — context start → first event routed\n\n" + Report.rounds(options.rounds)
                + "; cold = a fresh JVM per round (`-Xmx256m`), warm = a fresh context in the benchmark JVM after one"
                + " unrecorded start; in ms, median (min–max).\n\n"
                + Report.table(List.of("component", "cold: first event", "cold: of which `context.start()`",
                        "warm: first event", "warm: of which `context.start()`"), rows));
    }
}
