package io.github.camelchat.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 2. Latency at fixed rates: the flood server writes probe frames at R events/s, each stamped with {@code nanoTime} at
 * the moment it is handed to the socket; the receiver computes, in the same JVM and clock, how long the frame took to
 * reach its processor. The first half second of each run is dropped (connection and JIT warm-up). Each round runs the
 * raw JDK baseline (a) and the component (c), alternating.
 */
final class LatencyBenchmark {

    private static final double[] PERCENTILES = {50, 99, 99.9};

    private final BenchmarkOptions options;
    private final Report report;

    LatencyBenchmark(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        // results.get(wire).get(label + rate)[percentile index][round], in microseconds
        Map<Wire, Map<String, double[][]>> results = new LinkedHashMap<>();
        Map<String, Integer> samples = new LinkedHashMap<>();
        Map<Wire, FloodServer> servers = new LinkedHashMap<>();
        try {
            for (Wire wire : options.wires) {
                servers.put(wire, new FloodServer(FrameSamples.capture(wire)));
            }
            for (int round = 0; round < options.rounds; round++) {
                for (Wire wire : options.wires) {
                    List<Receiver> receivers = new ArrayList<>(List.of(new RawJdkBaseline(wire),
                            new CamelReceiver(wire, false)));
                    if (round % 2 == 1) {
                        java.util.Collections.reverse(receivers);
                    }
                    for (Receiver receiver : receivers) {
                        for (int rate : options.rates) {
                            int events = rate * options.latencySeconds;
                            int skip = rate / 2;
                            System.gc();
                            Tally tally = new Tally(events, true);
                            servers.get(wire).plan(FloodServer.Plan.paced(events, rate));
                            receiver.run(servers.get(wire), tally, options.latencySeconds + 60L);
                            Stats stats = Stats.of(tally.latencies(skip));
                            String key = receiver.label() + "|" + rate;
                            samples.put(key, stats.count());
                            double[][] cell = results.computeIfAbsent(wire, w -> new LinkedHashMap<>())
                                    .computeIfAbsent(key, k -> new double[PERCENTILES.length][options.rounds]);
                            for (int p = 0; p < PERCENTILES.length; p++) {
                                cell[p][round] = stats.percentile(PERCENTILES[p]) / 1000.0;
                            }
                            System.out.printf("latency round %d %s %s @%d/s: p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs%n",
                                    round, wire, receiver.label(), rate, cell[0][round], cell[1][round], cell[2][round]);
                        }
                    }
                }
            }
        } finally {
            servers.values().forEach(FloodServer::close);
        }
        for (Wire wire : options.wires) {
            write(wire, results.get(wire), samples);
        }
    }

    private void write(Wire wire, Map<String, double[][]> cells, Map<String, Integer> samples) {
        List<List<String>> rows = new ArrayList<>();
        cells.forEach((key, cell) -> {
            String[] parts = key.split("\\|");
            rows.add(List.of(parts[0], Report.num(Double.parseDouble(parts[1])), samples.get(key).toString(),
                    Report.spread(Stats.of(cell[0])), Report.spread(Stats.of(cell[1])),
                    Report.spread(Stats.of(cell[2]))));
        });
        report.section("### Latency — `" + wire.scheme + ":`, write → processor\n\n"
                + options.latencySeconds + " s per run, first 0.5 s dropped, " + Report.rounds(options.rounds)
                + "; each cell is the median of the rounds' percentiles (min–max), in µs.\n\n"
                + Report.table(List.of("receiver", "events/s", "samples per run", "p50 µs", "p99 µs", "p99.9 µs"),
                        rows));
        cells.forEach((key, cell) -> {
            if (key.startsWith("(c)") && key.endsWith("|10000")) {
                Stats p99 = Stats.of(cell[1]);
                report.target(wire.scheme + ": p99 latency at 10k events/s", "< 1 ms (median of rounds)",
                        Report.spread(p99) + " µs", p99.median() < 1000);
            }
        });
    }
}
