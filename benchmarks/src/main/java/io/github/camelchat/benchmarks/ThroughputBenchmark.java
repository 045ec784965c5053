package io.github.camelchat.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * 1. Inbound throughput on one socket: the flood server writes N realistic event frames as fast as the client reads
 * them; each receiver — (a) raw JDK + Jackson, (b) raw Vert.x + Jackson, (c) the component with typed bodies, (d) the
 * component with rawJson=true — reads them once per round, in an order that rotates every round. Ratios are taken
 * against (a) of the same round.
 */
final class ThroughputBenchmark {

    private final BenchmarkOptions options;
    private final Report report;

    ThroughputBenchmark(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        Map<Wire, FloodServer> servers = new LinkedHashMap<>();
        Map<Wire, List<Receiver>> receivers = new LinkedHashMap<>();
        Map<Wire, Samples> samples = new LinkedHashMap<>();
        try {
            for (Wire wire : options.wires) {
                samples.put(wire, FrameSamples.capture(wire));
                servers.put(wire, new FloodServer(samples.get(wire)));
                receivers.put(wire, List.of(new RawJdkBaseline(wire), new RawVertxBaseline(wire, vertx),
                        new CamelReceiver(wire, false), new CamelReceiver(wire, true),
                        new CamelReceiver(wire, CamelReceiver.Mode.SESSION_ONLY)));
            }
            // rates.get(wire).get(label)[round]
            Map<Wire, Map<String, double[]>> rates = new LinkedHashMap<>();
            for (int round = -options.warmupRounds; round < options.rounds; round++) {
                int frames = round < 0 ? Math.max(1000, options.frames / 4) : options.frames;
                for (Wire wire : options.wires) {
                    List<Receiver> order = rotated(receivers.get(wire), round);
                    for (Receiver receiver : order) {
                        System.gc();
                        Tally tally = new Tally(frames, false);
                        servers.get(wire).plan(FloodServer.Plan.flood(frames));
                        receiver.run(servers.get(wire), tally, 120);
                        System.out.printf("throughput round %d %s %s: %.0f events/s%n", round, wire, receiver.label(),
                                tally.rate());
                        if (round >= 0) {
                            rates.computeIfAbsent(wire, w -> new LinkedHashMap<>())
                                    .computeIfAbsent(receiver.label(), l -> new double[options.rounds])[round] =
                                    tally.rate();
                        }
                    }
                }
            }
            for (Wire wire : options.wires) {
                write(wire, samples.get(wire), receivers.get(wire), rates.get(wire));
            }
        } finally {
            servers.values().forEach(FloodServer::close);
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static <T> List<T> rotated(List<T> list, int round) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.rotate(out, -Math.floorMod(round, list.size()));
        return out;
    }

    private void write(Wire wire, Samples samples, List<Receiver> receivers, Map<String, double[]> rates) {
        double[] baseline = rates.get(receivers.get(0).label());
        List<List<String>> rows = new ArrayList<>();
        Map<String, Stats> ratios = new LinkedHashMap<>();
        for (Receiver receiver : receivers) {
            double[] r = rates.get(receiver.label());
            double[] ratio = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                ratio[i] = r[i] / baseline[i];
            }
            ratios.put(receiver.label(), Stats.of(ratio));
            rows.add(List.of(receiver.label(), Report.spread(Stats.of(r)), Report.ratio(Stats.of(ratio))));
        }
        report.section("### Inbound throughput — `" + wire.scheme + ":` " + wire.eventName + "\n\n"
                + options.frames + " frames per run, " + Report.rounds(options.rounds) + " (+" + options.warmupRounds
                + " unrecorded warm-up with a quarter of the frames), order of the receivers rotated every round;"
                + " mean frame " + samples.meanEventBytes() + " bytes, " + samples.events().size()
                + " distinct frames captured from the simulator, replayed in a cycle. Rate = events between the first"
                + " and the last one the receiver saw. (e) is a diagnostic, not a target: the component's session and"
                + " decoder without the Camel exchange.\n\n"
                + Report.table(List.of("receiver", "events/s: median (min–max)", "ratio to (a) of the same round"),
                        rows));
        Stats c = ratios.get(receivers.get(2).label());
        Stats d = ratios.get(receivers.get(3).label());
        report.target(wire.scheme + ": inbound (c) typed vs (a)", "≥ 1.0× (median of rounds)", Report.ratio(c),
                c.median() >= 1.0);
        report.target(wire.scheme + ": inbound (d) rawJson vs (a)", "> 1.0× (median of rounds)", Report.ratio(d),
                d.median() > 1.0);
    }
}
