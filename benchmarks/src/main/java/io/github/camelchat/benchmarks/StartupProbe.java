package io.github.camelchat.benchmarks;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;

/**
 * The cold half of the start-up benchmark, run in a fresh JVM: {@code StartupProbe <wire> <port>} starts a context
 * with one consumer of the flood server on that port and prints {@code STARTUP <context.start() ms> <first event ms>};
 * {@code StartupProbe <wire> <port> raw} does the same with baseline (a), the JDK client and a Jackson parse, and
 * prints {@code STARTUP 0 <first event ms>}: what any Java client of this protocol pays in a fresh JVM.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        Wire wire = Wire.valueOf(args[0].toUpperCase(Locale.ROOT));
        int port = Integer.parseInt(args[1]);
        Double[] ms = args.length > 2 && args[2].equals("raw") ? measureRaw(wire, port) : measure(wire, port);
        System.out.println(String.format(Locale.ROOT, "STARTUP %.2f %.2f", (Object[]) ms));
        System.exit(0);
    }

    /** {0, first event ms} for baseline (a): from creating its HttpClient to the first event parsed. */
    static Double[] measureRaw(Wire wire, int port) throws Exception {
        long t0 = Wire.now();
        Tally tally = new Tally(1, false);
        new RawJdkBaseline(wire).run(port, tally, 30);
        return new Double[] {0.0, (tally.firstNanos() - t0) / 1e6};
    }

    /** {context.start() ms, first event ms}, both from the moment {@code context.start()} is called. */
    static Double[] measure(Wire wire, int port) throws Exception {
        CompletableFuture<Long> first = new CompletableFuture<>();
        try (CamelContext context = CamelReceiver.context(new CamelReceiver(wire, false).uri(port),
                exchange -> first.complete(System.nanoTime()))) {
            long t0 = System.nanoTime();
            context.start();
            long t1 = System.nanoTime();
            long routed = first.get(30, TimeUnit.SECONDS);
            return new Double[] {(t1 - t0) / 1e6, (routed - t0) / 1e6};
        }
    }
}
