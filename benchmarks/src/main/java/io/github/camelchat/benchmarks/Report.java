package io.github.camelchat.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the benchmarks found: Markdown sections in run order, and one line per target. */
final class Report {

    record Target(String what, String goal, String measured, boolean met) {
    }

    final List<String> sections = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();

    void section(String markdown) {
        sections.add(markdown);
        System.out.println(markdown);
    }

    void target(String what, String goal, String measured, boolean met) {
        targets.add(new Target(what, goal, measured, met));
        System.out.println("TARGET " + (met ? "met" : "MISSED") + ": " + what + " (" + goal + "): " + measured);
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> sb.append("---|"));
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return sb.toString();
    }

    /** A number with about three significant digits and thousands separators for large ones. */
    static String num(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Median with min–max: {@code 123 (110–130)}. */
    static String spread(Stats s) {
        return num(s.median()) + " (" + num(s.min()) + "–" + num(s.max()) + ")";
    }

    static String ratio(Stats s) {
        return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", s.median(), s.min(), s.max());
    }

    static String rounds(int n) {
        return n == 1 ? "1 round" : n + " rounds";
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }
}
