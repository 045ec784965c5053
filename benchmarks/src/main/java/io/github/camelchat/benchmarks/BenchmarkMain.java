package io.github.camelchat.benchmarks;

import java.time.Duration;

/**
 * Runs the selected benchmarks side by side in one JVM and writes {@code RESULTS.md}. See
 * {@link BenchmarkOptions#USAGE}; from Maven: {@code mvn -Pbenchmarks -DskipTests install exec:exec -pl benchmarks
 * -am -Dbench.args="--rounds 5"}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        try {
            run(BenchmarkOptions.parse(args));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the flood servers' and clients' event loops would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(BenchmarkOptions options) throws Exception {
        Report report = new Report();
        ResultsWriter writer = new ResultsWriter(options);
        long start = System.nanoTime();
        if (options.runs("throughput")) {
            new ThroughputBenchmark(options, report).run();
        }
        if (options.runs("latency")) {
            new LatencyBenchmark(options, report).run();
        }
        if (options.runs("pacing")) {
            new PacingBenchmark(options, report).run();
        }
        if (options.runs("startup")) {
            new StartupBenchmark(options, report).run();
        }
        if (options.runs("scale")) {
            new ScaleBenchmark(options, report).run();
        }
        writer.write(report, Duration.ofNanos(System.nanoTime() - start));
        System.out.println("Results written to " + options.out.toAbsolutePath());
    }
}
