package io.github.camelchat.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes the results as Markdown: machine, JDK, date, the targets, then every section. */
final class ResultsWriter {

    private final BenchmarkOptions options;
    private final String loadAtStart = loadAverage();
    private final ZonedDateTime started = ZonedDateTime.now();

    ResultsWriter(BenchmarkOptions options) {
        this.options = options;
    }

    void write(Report report, Duration took) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Camel Chat benchmarks — results\n\n");
        md.append("Written by `io.github.camelchat.benchmarks.BenchmarkMain` (module `benchmarks`); see the README's"
                + " *Benchmarks* section for the command. Every figure below comes from the one run described here.\n\n");
        md.append("## Machine and run\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + " (run took " + took.toSeconds() + " s)"));
        rows.add(List.of("CPU", cpuModel() + ", `nproc` = " + Runtime.getRuntime().availableProcessors()));
        rows.add(List.of("memory", memTotal()));
        rows.add(List.of("load average (1/5/15 min)", "at start " + loadAtStart + "; at end " + loadAverage()));
        rows.add(List.of("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch")));
        rows.add(List.of("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")"));
        rows.add(List.of("JVM options", "`" + String.join(" ",
                ManagementFactory.getRuntimeMXBean().getInputArguments()) + "`"));
        rows.add(List.of("arguments", "`" + (options.args.isEmpty() ? "(defaults)" : String.join(" ", options.args))
                + "`"));
        if (!options.note.isBlank()) {
            rows.add(List.of("note", options.note));
        }
        // judged before the benchmark added its own load
        double busiest = loadOne(loadAtStart);
        int cores = Runtime.getRuntime().availableProcessors();
        if (busiest > 0.5 * cores) {
            rows.add(List.of("shared machine", "yes: the 1-minute load average was " + busiest + " on " + cores
                    + " cores before the run started, so other work competed with the benchmark for CPU. Absolute figures are lower and"
                    + " tail latencies higher than on an idle machine; ratios within a round are the fairer"
                    + " comparison."));
        }
        md.append(Report.table(List.of("", ""), rows)).append('\n');
        md.append("## Targets\n\n");
        List<List<String>> targets = new ArrayList<>();
        for (Report.Target t : report.targets) {
            targets.add(List.of(t.what(), t.goal(), t.measured(), t.met() ? "met" : "**missed**"));
        }
        md.append(Report.table(List.of("what", "target", "measured", ""), targets)).append('\n');
        md.append("## Figures\n\n");
        for (String section : report.sections) {
            md.append(section).append("\n\n");
        }
        Path out = options.out;
        // the hand-written profiling notes live next to the results and are carried into every new RESULTS.md
        Path findings = out.toAbsolutePath().resolveSibling("findings.md");
        if (Files.exists(findings)) {
            md.append(Files.readString(findings));
        }
        Files.writeString(out, md.toString());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double loadOne(String load) {
        try {
            return Double.parseDouble(load.split(" ")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> {
                        long kb = Long.parseLong(l.replaceAll("\\D", ""));
                        return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                    }).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
