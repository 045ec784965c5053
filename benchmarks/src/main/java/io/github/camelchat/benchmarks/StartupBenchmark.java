package io.github.camelchat.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 5. Start-up: context start → first event routed. A context with one consumer route is started; the clock runs from
 * the call to {@code context.start()} to the processor seeing the first event, which the flood server sends right after
 * the handshake. It covers starting the context, connecting, the handshake (hitbox: the HTTP handshake too) and routing
 * one event. <b>Cold</b>: each round in a fresh JVM ({@link StartupProbe}), as an application starts, next to baseline
 * (a) in a fresh JVM (the JDK client and Jackson: what any Java client pays for loading its classes) and to the same
 * route in a fresh JVM that maps a class data sharing archive (AppCDS) made by one unrecorded run. <b>Warm</b>: the
 * same again in this JVM, after the cold rounds, with a fresh context each time.
 */
final class StartupBenchmark {

    private static final List<String> CHILD_JVM = List.of("-Xms256m", "-Xmx256m", "-XX:+UseG1GC");

    private final BenchmarkOptions options;
    private final Report report;

    StartupBenchmark(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    /** Cold figures of one kind of run: [0] = context.start() ms, [1] = first event ms, per round. */
    private final class Cold {
        final Map<Wire, double[][]> ms = new LinkedHashMap<>();

        Cold() {
            options.wires.forEach(w -> ms.put(w, new double[2][options.rounds]));
        }

        void measure(String what, Wire wire, int round, String classPath, List<String> jvm, int port, String... extra)
                throws Exception {
            List<String> args = new ArrayList<>(List.of(wire.name(), Integer.toString(port)));
            args.addAll(List.of(extra));
            try (ChildJvm child = new ChildJvm(null, classPath, jvm, StartupProbe.class, args.toArray(String[]::new))) {
                String[] parts = child.expect("STARTUP", 60).split(" ");
                ms.get(wire)[0][round] = Double.parseDouble(parts[0]);
                ms.get(wire)[1][round] = Double.parseDouble(parts[1]);
            }
            System.out.printf("startup round %d %s %s: context.start() %.1f ms, first event %.1f ms%n", round, wire,
                    what, ms.get(wire)[0][round], ms.get(wire)[1][round]);
        }

        Stats first(Wire wire) {
            return Stats.of(ms.get(wire)[1]);
        }

        Stats start(Wire wire) {
            return Stats.of(ms.get(wire)[0]);
        }
    }

    void run() throws Exception {
        Cold camel = new Cold();
        Cold raw = new Cold();
        Cold shared = new Cold();
        Map<Wire, double[][]> warm = new LinkedHashMap<>();
        Map<Wire, FloodServer> servers = new LinkedHashMap<>();
        Path cdsDir = Files.createTempDirectory("startup-cds");
        String classPath = System.getProperty("java.class.path");
        try {
            for (Wire wire : options.wires) {
                servers.put(wire, new FloodServer(FrameSamples.capture(wire)).plan(FloodServer.Plan.immediate(1)));
                warm.put(wire, new double[2][options.rounds]);
            }
            // CDS archives only classes from jars: the benchmark's own classes go into one for these runs
            String jarClassPath = jarsOnly(classPath, cdsDir);
            Map<Wire, Path> archives = new LinkedHashMap<>();
            for (Wire wire : options.wires) {
                Path archive = cdsDir.resolve(wire.name().toLowerCase() + ".jsa");
                shared.measure("AppCDS archive dump (unrecorded)", wire, 0, jarClassPath,
                        jvm("-XX:ArchiveClassesAtExit=" + archive), servers.get(wire).port());
                archives.put(wire, archive);
            }
            for (int round = 0; round < options.rounds; round++) {
                for (Wire wire : options.wires) {
                    int port = servers.get(wire).port();
                    camel.measure("cold", wire, round, classPath, CHILD_JVM, port);
                    raw.measure("cold baseline (a)", wire, round, classPath, CHILD_JVM, port, "raw");
                    shared.measure("cold with AppCDS", wire, round, jarClassPath,
                            jvm("-XX:SharedArchiveFile=" + archives.get(wire)), port);
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
            try (Stream<Path> files = Files.walk(cdsDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Wire wire : options.wires) {
            Stats coldFirst = camel.first(wire);
            Stats sharedFirst = shared.first(wire);
            rows.add(List.of("`" + wire.scheme + ":`", Report.spread(coldFirst), Report.spread(camel.start(wire)),
                    Report.spread(raw.first(wire)), Report.num(coldFirst.median() / raw.first(wire).median()) + "×",
                    Report.spread(sharedFirst), Report.spread(Stats.of(warm.get(wire)[1])),
                    Report.spread(Stats.of(warm.get(wire)[0]))));
            report.target(wire.scheme + ": context start → first event routed (cold JVM)", "< 300 ms (median)",
                    Report.spread(coldFirst) + " ms (baseline (a) cold: " + Report.spread(raw.first(wire))
                            + " ms; with AppCDS: " + Report.spread(sharedFirst) + " ms)", coldFirst.median() < 300);
        }
        report.section("### Start-up — context start → first event routed\n\n" + Report.rounds(options.rounds)
                + "; cold = a fresh JVM per run (`-Xmx256m`); baseline (a) cold = the raw JDK client + Jackson in a"
                + " fresh JVM, from creating its `HttpClient` to the first event parsed; AppCDS = the route in a fresh JVM"
                + " started with `-XX:SharedArchiveFile` of an archive that one unrecorded run wrote with"
                + " `-XX:ArchiveClassesAtExit` (the class path as jars only); warm = a fresh context in the benchmark JVM"
                + " after one unrecorded start; in ms, median (min–max).\n\n"
                + Report.table(List.of("component", "cold: first event", "cold: of which `context.start()`",
                        "baseline (a) cold: first event", "cold route / cold baseline", "cold with AppCDS: first event",
                        "warm: first event", "warm: of which `context.start()`"), rows));
    }

    private static List<String> jvm(String option) {
        List<String> jvm = new ArrayList<>(CHILD_JVM);
        jvm.add(option);
        jvm.add("-Xlog:cds=off,cds+dynamic=off");
        return jvm;
    }

    /** The class path with every directory replaced by a jar of its contents, made with the JDK's jar tool. */
    private static String jarsOnly(String classPath, Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + n++ + ".jar");
                ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
                StringWriter err = new StringWriter();
                int rc = tool.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "cf", jar.toString(),
                        "-C", path.toString(), ".");
                if (rc != 0) {
                    throw new IOException("jar of " + path + " failed: " + err);
                }
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
