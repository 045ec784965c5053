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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes the results as Markdown: machine, JDK, date, the targets, then every section. */
final class ResultsWriter {

    private final BenchmarkOptions options;
    private final String loadAtStart = loadAverage();
    private final ZonedDateTime started = ZonedDateTime.now();
    private final Map<String, String> codeAtStart = projectJars();

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
        rows.add(List.of("code under test", codeUnderTest()));
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

    /** The project's jars on the class path with their build times, and the git commit of the working tree. */
    private String codeUnderTest() {
        StringBuilder sb = new StringBuilder();
        String head = git("rev-parse", "--short", "HEAD");
        if (head != null) {
            sb.append("git `").append(head).append('`');
            String dirty = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!benchmarks");
            if (dirty != null && !dirty.isBlank()) {
                sb.append(" (with uncommitted changes outside `benchmarks/`)");
            }
            sb.append("; ");
        }
        sb.append(codeAtStart.isEmpty() ? "module classes from the reactor" : "jars: " + codeAtStart.entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        if (!codeAtStart.equals(projectJars())) {
            sb.append(". **A project jar was rebuilt during the run** (another build installed it): later"
                    + " benchmarks and child JVMs may have run newer code than earlier ones.");
        }
        return sb.toString();
    }

    /** Jar file name → SHA-256 prefix and last-modified time of the project's jars on this JVM's class path. */
    private static Map<String, String> projectJars() {
        Map<String, String> jars = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.matches("camel-(chat-common|chat-simulator|chatbox|capi|hitbox)-.*\\.jar") && Files.exists(path)) {
                try {
                    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                    jars.put(name, "(sha256 " + java.util.HexFormat.of().formatHex(digest, 0, 4) + ", "
                            + Files.getLastModifiedTime(path).toInstant()
                                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")");
                } catch (IOException | java.security.NoSuchAlgorithmException e) {
                    jars.put(name, "?");
                }
            }
        }
        return jars;
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
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
