package io.github.camelchat.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.hitbox.HitboxConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The consumer side of the scale benchmark, in a JVM of its own so each K starts from a clean heap:
 * {@code ScaleClientMain <port> <K> <messages per channel> <unboundedTimers> <login timeout s>}. Creates K
 * {@code hitbox:} routes (one channel each) against the simulator on that port, starts them all at once, waits for
 * every {@code loginMsg}, measures heap and threads, prints {@code READY key=value…}; after the line {@code chatted} on
 * stdin it waits for the fan-in and prints {@code RESULT key=value…}. Prints {@code FAILED key=value…} when not all
 * log in.
 */
public final class ScaleClientMain {

    private ScaleClientMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int sockets = Integer.parseInt(args[1]);
        int each = Integer.parseInt(args[2]);
        boolean unboundedTimers = Boolean.parseBoolean(args[3]);
        long loginTimeout = Long.parseLong(args[4]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        AtomicInteger logins = new AtomicInteger();
        CountDownLatch allIn = new CountDownLatch(1);
        int expected = sockets * each;
        AtomicIntegerArray seen = new AtomicIntegerArray(expected);
        AtomicInteger received = new AtomicInteger();
        AtomicInteger misrouted = new AtomicInteger();
        long[] allInAt = new long[1];

        long heapBefore = usedHeapAfterGc(memory);
        int threadsBefore = threads.getThreadCount();
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(10);
        if (unboundedTimers) {
            context.getExecutorServiceManager().getDefaultThreadPoolProfile().setMaxQueueSize(-1);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < sockets; i++) {
                    int channel = i;
                    from("hitbox:c" + i + "?servers=127.0.0.1:" + port + "&allowGuest=true&events=loginMsg,chatMsg")
                            .routeId("c" + i).autoStartup(false).process(exchange -> {
                                String method = exchange.getIn().getHeader(HitboxConstants.METHOD, String.class);
                                if ("loginMsg".equals(method)) {
                                    if (logins.incrementAndGet() == sockets) {
                                        allInAt[0] = System.nanoTime();
                                        allIn.countDown();
                                    }
                                    return;
                                }
                                String[] words = exchange.getIn().getHeader(HitboxConstants.TEXT, String.class)
                                        .split(" ");
                                int from = Integer.parseInt(words[1].substring(1));
                                if (from != channel) {
                                    misrouted.incrementAndGet();
                                }
                                seen.incrementAndGet(from * each + Integer.parseInt(words[2]));
                                received.incrementAndGet();
                            });
                }
            }
        });
        context.start();
        long heapRoutes = usedHeapAfterGc(memory);
        threads.resetPeakThreadCount();
        long t0 = System.nanoTime();
        context.getRouteController().startAllRoutes();
        boolean complete = allIn.await(loginTimeout, TimeUnit.SECONDS);
        double loginSeconds = ((complete ? allInAt[0] : System.nanoTime()) - t0) / 1e9;
        int threadsPeak = threads.getPeakThreadCount();
        int threadsAfter = threads.getThreadCount();
        String common = String.format(Locale.ROOT, "loggedIn=%d loginSeconds=%.3f threadsBefore=%d threadsAfter=%d"
                + " threadsPeak=%d attempts=%d", logins.get(), loginSeconds, threadsBefore, threadsAfter, threadsPeak,
                connectAttempts(context));
        if (!complete) {
            System.out.println("FAILED " + common + " threads=" + threadNames());
            System.exit(0);
        }
        long heapAfter = usedHeapAfterGc(memory);
        if (Boolean.getBoolean("scale.histogram")) {
            histogram();
        }
        System.out.println(String.format(Locale.ROOT, "READY %s camelKb=%.2f sessionKb=%.2f tcp=%d threads=%s", common,
                (heapRoutes - heapBefore) / 1024.0 / sockets, (heapAfter - heapRoutes) / 1024.0 / sockets,
                socketFds(), threadNames()));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null && !line.equals("chatted");) {
            // wait for the simulator to have posted everything
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500); // late duplicates would show up now
        int missing = 0;
        int duplicates = 0;
        for (int i = 0; i < expected; i++) {
            int n = seen.get(i);
            missing += n == 0 ? 1 : 0;
            duplicates += Math.max(0, n - 1);
        }
        System.out.println("RESULT received=" + received.get() + " missing=" + missing + " duplicates=" + duplicates
                + " misrouted=" + misrouted.get());
        context.close();
        System.exit(0);
    }

    private static long connectAttempts(CamelContext context) {
        long attempts = 0;
        for (Route route : context.getRoutes()) {
            if (route.getConsumer() instanceof ChatConsumer<?> consumer && consumer.getSession() != null) {
                attempts += consumer.getSession().getConnectAttempts();
            }
        }
        return attempts;
    }

    /** Live threads grouped by name with digits replaced by N (no spaces, so it fits a key=value line). */
    static String threadNames() {
        Map<String, Long> names = Thread.getAllStackTraces().keySet().stream().collect(Collectors.groupingBy(
                t -> t.getName().replaceAll("\\d+", "N"), TreeMap::new, Collectors.counting()));
        return names.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(";")).replace(' ', '_');
    }

    /** TCP sockets this JVM holds open (Linux), -1 if unknown. */
    static int socketFds() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Prints the top of this JVM's live heap histogram (with -Dscale.histogram=true, for profiling). */
    private static void histogram() throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        new String(jcmd.getInputStream().readAllBytes()).lines().limit(45)
                .forEach(l -> System.err.println("histo " + l));
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
