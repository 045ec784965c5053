package io.github.camelchat.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording for the hot-path notes in RESULTS.md: {@code JfrTop <file.jfr> [thread-name-part]
 * [top-n]} prints, for the execution samples of matching threads, the hottest methods by self time and by total time
 * (on the stack), and the allocation sites by sampled weight.
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        String threads = args.length > 1 ? args[1] : "";
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> allocBySite = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.ObjectAllocationSample")) {
                continue;
            }
            jdk.jfr.consumer.RecordedThread t = type.equals("jdk.ExecutionSample") ? e.getThread("sampledThread")
                    : e.getThread();
            String thread = t == null ? null : t.getJavaName();
            if (thread == null || !thread.contains(threads)) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.get(0)), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    if (seen.add(name(f))) {
                        total.merge(name(f), 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = e.getLong("weight");
                allocated += weight;
                allocByClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
                allocBySite.merge(site(frames), weight, Long::sum);
            }
        }
        System.out.println("execution samples: " + samples + " (threads matching '" + threads + "')");
        print("self", self, samples, top);
        print("total (on stack)", total, samples, top);
        System.out.printf("%nallocation samples: %.1f MB weight%n", allocated / 1e6);
        print("allocated class", allocByClass, allocated, top);
        print("allocation site (first project or Camel frame)", allocBySite, allocated, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    /** The allocating frame, plus the first frame of this project or Camel below it. */
    private static String site(List<RecordedFrame> frames) {
        String first = name(frames.get(0));
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("io.github.camelchat") || n.startsWith("org.apache.camel")) {
                return n.equals(first) ? n : first + " ← " + n;
            }
        }
        return first;
    }

    private static void print(String title, Map<String, Long> counts, long all, int top) {
        System.out.println("\n-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("%5.1f %%  %s%n", 100.0 * en.getValue() / Math.max(1, all),
                        en.getKey()));
    }
}
