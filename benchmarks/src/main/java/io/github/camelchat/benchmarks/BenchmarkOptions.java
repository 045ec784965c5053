package io.github.camelchat.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The command line of {@link BenchmarkMain}; defaults keep a full run within a few minutes on 2 cores. */
final class BenchmarkOptions {

    static final List<String> ALL = List.of("throughput", "latency", "pacing", "startup", "scale");

    int rounds = 3;
    int warmupRounds = 1;
    int frames = 200_000;
    List<String> only = ALL;
    List<Wire> wires = List.of(Wire.values());
    int latencySeconds = 2;
    List<Integer> rates = List.of(1_000, 10_000);
    int pacingMessages = 200;
    List<Integer> scaleSockets = List.of(500);
    Path out = Path.of("RESULTS.md");
    String note = "";
    final List<String> args = new ArrayList<>();

    static final String USAGE = """
            usage: BenchmarkMain [options]
              --only LIST            any of throughput,latency,pacing,startup,scale (default: all)
              --rounds N             measured rounds, baselines and components alternating (default 3)
              --warmup N             unrecorded warm-up rounds before them (default 1)
              --frames N             frames per throughput run (default 200000)
              --wires LIST           any of chatbox,capi,hitbox (default: all)
              --latency-seconds N    length of each latency run (default 2)
              --rates LIST           latency event rates per second (default 1000,10000)
              --pacing-messages N    messages per send-pacing run (default 200)
              --scale LIST           socket counts for the scale benchmark (default 500; e.g. 1000,2000,5000)
              --note TEXT            a remark for the results header (e.g. "machine shared with other jobs")
              --out FILE             where to write the Markdown results (default RESULTS.md)
            """;

    static BenchmarkOptions parse(String[] argv) {
        BenchmarkOptions o = new BenchmarkOptions();
        o.args.addAll(Arrays.asList(argv));
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
            }
            String value = argv[++i];
            switch (arg) {
                case "--only" -> {
                    o.only = list(value);
                    for (String name : o.only) {
                        if (!ALL.contains(name)) {
                            throw new IllegalArgumentException("unknown benchmark " + name + "\n" + USAGE);
                        }
                    }
                }
                case "--rounds" -> o.rounds = positive(arg, value);
                case "--warmup" -> o.warmupRounds = Integer.parseInt(value);
                case "--frames" -> o.frames = positive(arg, value);
                case "--wires" -> o.wires = list(value).stream()
                        .map(w -> Wire.valueOf(w.toUpperCase(Locale.ROOT))).toList();
                case "--latency-seconds" -> o.latencySeconds = positive(arg, value);
                case "--rates" -> o.rates = list(value).stream().map(Integer::parseInt).toList();
                case "--pacing-messages" -> o.pacingMessages = positive(arg, value);
                case "--scale" -> o.scaleSockets = list(value).stream().map(Integer::parseInt).toList();
                case "--note" -> o.note = value;
                case "--out" -> o.out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return o;
    }

    boolean runs(String benchmark) {
        return only.contains(benchmark);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static int positive(String name, String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return n;
    }
}
