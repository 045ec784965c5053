package io.github.camelchat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 3. Scale: K {@code hitbox:} consumers (one channel, so one socket, each) in one JVM ({@link ScaleClientMain}) against
 * the hitbox simulator in a second JVM ({@link ScaleSimulatorMain}); both fresh for every K. The consumer JVM creates
 * the K routes first (their heap is the Camel share), then starts them all at once; the clock runs until every
 * consumer has its {@code loginMsg}. Then: heap per socket after a full GC, threads, TCP sockets, and a fan-in check
 * (the simulator posts M messages into every channel; each must reach its own route exactly once).
 * <p>
 * The first K runs with the defaults; if the sockets do not all log in within a bounded time, that is reported and
 * that K (and every larger one) runs with Camel's default thread pool profile unbounded ({@code maxQueueSize=-1}),
 * which lifts the 1,000-task limit of the component's timer queue (see RESULTS.md).
 */
final class ScaleBenchmark {

    private static final int MESSAGES_PER_CHANNEL = 3;
    private static final Pattern LOST = Pattern.compile("lost its connection \\((.*)\\); reconnect");

    /** One K: the key=value pairs the consumer JVM printed, plus the settings. */
    /** JDK HttpClient buffer sizes for the "smaller JDK buffers" run (system properties of the JDK's client). */
    static final List<String> SMALL_BUFFERS = List.of("-Djdk.httpclient.bufsize=4096",
            "-Djdk.httpclient.websocket.readBufferSize=4096", "-Djdk.httpclient.websocket.writeBufferSize=4096");

    record Run(int sockets, boolean unboundedTimers, boolean smallBuffers, boolean complete,
            Map<String, String> values) {

        double num(String key) {
            return Double.parseDouble(values.get(key));
        }

        int integer(String key) {
            return Integer.parseInt(values.get(key));
        }
    }

    private final BenchmarkOptions options;
    private final Report report;

    ScaleBenchmark(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        List<Run> runs = new ArrayList<>();
        boolean defaultsWork = true;
        for (int sockets : options.scaleSockets) {
            // the defaults are tried at the first K, and at the next ones only while they keep working
            if (defaultsWork) {
                Run run = run(sockets, false, 30 + sockets / 50);
                runs.add(run);
                defaultsWork = run.complete();
                if (defaultsWork) {
                    continue;
                }
            }
            runs.add(run(sockets, true, 120 + sockets / 10));
        }
        // the largest K once more with smaller JDK HttpClient buffers: how much of the heap is the JDK's
        int largest = options.scaleSockets.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (largest > 0) {
            runs.add(run(largest, !defaultsWork, true, 120 + largest / 10));
        }
        write(runs);
    }

    private Run run(int sockets, boolean unboundedTimers, long loginTimeoutSeconds) throws Exception {
        return run(sockets, unboundedTimers, false, loginTimeoutSeconds);
    }

    private Run run(int sockets, boolean unboundedTimers, boolean smallBuffers, long loginTimeoutSeconds)
            throws Exception {
        try (ChildJvm sim = new ChildJvm(List.of("-Xms768m", "-Xmx768m", "-XX:+UseG1GC"), ScaleSimulatorMain.class)) {
            String port = sim.expect("PORT", 60);
            List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC"));
            if (Boolean.getBoolean("scale.histogram")) {
                jvm.add("-Dscale.histogram=true");
            }
            if (smallBuffers) {
                jvm.addAll(SMALL_BUFFERS);
            }
            Path log = logFile(sockets, unboundedTimers, smallBuffers);
            try (ChildJvm client = new ChildJvm(log, jvm, ScaleClientMain.class, port, Integer.toString(sockets),
                    Integer.toString(MESSAGES_PER_CHANNEL), Boolean.toString(unboundedTimers),
                    Long.toString(loginTimeoutSeconds))) {
                String ready = client.expect("", loginTimeoutSeconds + 120);
                while (!ready.startsWith("READY") && !ready.startsWith("FAILED")) {
                    ready = client.expect("", loginTimeoutSeconds + 120);
                }
                Map<String, String> values = parse(ready);
                values.put("log", log.toString());
                System.out.println("scale " + sockets + (unboundedTimers ? " (maxQueueSize=-1)" : " (defaults)")
                        + (smallBuffers ? " (small JDK buffers): " : ": ") + ready);
                if (ready.startsWith("FAILED")) {
                    return new Run(sockets, unboundedTimers, smallBuffers, false, values);
                }
                sim.send("open");
                values.put("simulator", sim.expect("OPEN", 30).replace(' ', '/'));
                sim.send("chat " + sockets + " " + MESSAGES_PER_CHANNEL);
                sim.expect("DONE", 600);
                client.send("chatted");
                String result = client.expect("RESULT", 120);
                System.out.println("scale " + sockets + ": fan-in " + result);
                values.putAll(parse("RESULT " + result));
                return new Run(sockets, unboundedTimers, smallBuffers, true, values);
            }
        }
    }

    /** The consumer JVM's log (its WARN lines: every lost connection) goes to target/, not to the console. */
    private static Path logFile(int sockets, boolean unboundedTimers, boolean smallBuffers) throws IOException {
        Path dir = Files.createDirectories(Path.of("target"));
        return dir.resolve("scale-" + sockets + (unboundedTimers ? "-unbounded-timers" : "-defaults")
                + (smallBuffers ? "-small-buffers" : "") + ".log").toAbsolutePath();
    }

    /** Lines of the consumer JVM's log where a session reports a lost connection, by cause. */
    private static Map<String, Long> lostConnections(String log) {
        try (Stream<String> lines = Files.lines(Path.of(log))) {
            return lines.map(LOST::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> values = new HashMap<>();
        for (String word : line.split(" ")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                values.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return values;
    }

    private void write(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        StringBuilder threads = new StringBuilder();
        for (Run r : runs) {
            String setup = (r.unboundedTimers() ? "`maxQueueSize=-1`" : "defaults")
                    + (r.smallBuffers() ? " + JDK buffers 4 KB" : "");
            String threadCounts = r.integer("threadsBefore") + " → " + r.integer("threadsAfter");
            threads.append("- K = ").append(r.sockets()).append(", ").append(setup).append(": threads ")
                    .append(r.values().get("threads").replace('_', ' ').replace(";", ", "))
                    .append("; connections lost during the login storm, by cause: ")
                    .append(lostConnections(r.values().get("log"))).append('\n');
            if (!r.complete()) {
                rows.add(List.of(Integer.toString(r.sockets()), setup, "**" + r.integer("loggedIn") + " of "
                        + r.sockets() + " after " + Report.num(r.num("loginSeconds")) + " s**", "–", "–",
                        threadCounts, r.values().get("threadsPeak"), r.values().get("attempts"), "–", "–", "–"));
                report.target("hitbox: " + r.sockets() + " sockets in one JVM, default settings", "all log in",
                        r.integer("loggedIn") + " of " + r.sockets() + " logged in after "
                                + Report.num(r.num("loginSeconds")) + " s", false);
                continue;
            }
            double camel = r.num("camelKb");
            double session = r.num("sessionKb");
            int missing = r.integer("missing");
            int duplicates = r.integer("duplicates");
            int misrouted = r.integer("misrouted");
            rows.add(List.of(Integer.toString(r.sockets()), setup, Report.num(r.num("loginSeconds")),
                    Report.num(camel + session), Report.num(camel) + " + " + Report.num(session), threadCounts,
                    r.values().get("threadsPeak"), r.values().get("attempts"), r.values().get("tcp"),
                    r.values().get("received") + " / " + r.sockets() * MESSAGES_PER_CHANNEL,
                    missing + " / " + duplicates + " / " + misrouted));
            boolean fanIn = missing == 0 && duplicates == 0 && misrouted == 0;
            int grown = r.integer("threadsAfter") - r.integer("threadsBefore");
            report.target("hitbox: " + r.sockets() + " sockets in one JVM (" + setup + ")", "≤ 64 KB heap each, no thread per socket, every event once",
                    Report.num(camel + session) + " KB/socket, +" + grown + " threads (peak "
                            + r.values().get("threadsPeak") + "), fan-in " + (fanIn ? "exact" : "FAILED"),
                    camel + session <= 64 && grown < r.sockets() / 10 && fanIn);
        }
        report.section("### Scale — K `hitbox:` channel consumers in one JVM, simulator in a second JVM\n\n"
                + "A fresh consumer JVM (`-Xmx1g`) and simulator JVM per K. The K routes are created first (context"
                + " started, routes not): that heap is the *Camel* share. Then all K routes start at once; *all logged"
                + " in* runs from that call to the K-th `loginMsg`. Heap per socket = used heap after a full GC with all"
                + " K logged in, minus the same before the context was created, divided by K (Camel share +"
                + " session/socket share). Threads of the consumer JVM before → with all logged in (peak during the"
                + " login storm). *Connect attempts* = socket attempts of all sessions (K when none failed); *TCP* ="
                + " sockets the consumer JVM holds open. Fan-in: the simulator posts " + MESSAGES_PER_CHANNEL
                + " messages into every channel; each must reach its own route exactly once. *JDK buffers 4 KB* ="
                + " the consumer JVM started with `" + String.join(" ", SMALL_BUFFERS) + "` (JDK HttpClient"
                + " system properties; the default buffers are 16 KB).\n\n"
                + Report.table(List.of("K sockets", "settings", "all logged in (s)", "heap per socket (KB)",
                        "Camel + session/socket (KB)", "threads", "peak threads", "connect attempts", "TCP",
                        "fan-in received", "missing / duplicated / wrong channel"), rows)
                + "\nThreads by name once all were logged in (digits replaced by N), and the consumer JVM's"
                + " lost-connection warnings (from its log in `target/scale-*.log`) by cause:\n\n" + threads);
    }
}
