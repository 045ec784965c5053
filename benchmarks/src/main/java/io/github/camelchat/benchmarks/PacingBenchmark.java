package io.github.camelchat.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.CapiSimulatorOptions;
import io.github.camelchat.simulator.capi.ChannelLine;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulatorOptions;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.License;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * 4. Send pacing: a producer is handed all its messages at once and must pace them to what the server allows.
 * chatbox: the simulator's delivery tick is shortened to 10 ms (one message per license per tick) and the producer's
 * {@code sendInterval} set to match. capi: the simulator's sliding-window rate limit ({@value #CAPI_LIMIT} requests per
 * {@value #CAPI_WINDOW_MS} ms) and {@code sendInterval} = window / limit. The achieved rate is taken between the first
 * and the last confirmation; resends (the server said rate_limited / 6-8) and losses are counted on the simulator.
 */
final class PacingBenchmark {

    static final int CHATBOX_TICK_MS = 10;
    static final int CAPI_LIMIT = 50;
    static final int CAPI_WINDOW_MS = 1000;

    /** One run: achieved/allowed rate, messages the server refused (and the producer resent), messages lost. */
    record Run(double achieved, double allowed, int refused, int lost, int failed) {
    }

    private final BenchmarkOptions options;
    private final Report report;

    PacingBenchmark(BenchmarkOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        List<Run> chatbox = new ArrayList<>();
        List<Run> chatboxUnpaced = new ArrayList<>();
        List<Run> capi = new ArrayList<>();
        boolean withChatbox = options.wires.contains(Wire.CHATBOX);
        boolean withCapi = options.wires.contains(Wire.CAPI);
        for (int round = 0; round < options.rounds; round++) {
            // alternate which goes first
            if (withChatbox && round % 2 == 0) {
                chatbox.add(chatbox(round, CHATBOX_TICK_MS));
                chatboxUnpaced.add(chatbox(round, 0));
            }
            if (withCapi) {
                capi.add(capi(round));
            }
            if (withChatbox && round % 2 == 1) {
                chatboxUnpaced.add(chatbox(round, 0));
                chatbox.add(chatbox(round, CHATBOX_TICK_MS));
            }
        }
        if (withChatbox) {
            write("chatbox:", "simulator tick " + CHATBOX_TICK_MS + " ms (1 message per tick), `sendInterval="
                    + CHATBOX_TICK_MS + "` (= the tick, as the default 500 ms matches the real 500 ms tick),"
                    + " `maxPendingOnServer=5` (the server queue), `confirmOn=sent`", chatbox, true);
            write("chatbox: with sendInterval=0", "the same with `sendInterval=0`: the client paces only by"
                    + " `maxPendingOnServer=5` (never more unconfirmed messages than the server queue holds) and the"
                    + " server's tick does the rest. Not a target row; it shows where the shortfall above comes from",
                    chatboxUnpaced, false);
        }
        if (withCapi) {
            write("capi:", "simulator rate limit " + CAPI_LIMIT + " requests per " + CAPI_WINDOW_MS
                    + " ms (sliding window), `sendInterval=" + (CAPI_WINDOW_MS / CAPI_LIMIT) + "`, `maxInFlight=1`",
                    capi, true);
        }
    }

    private Run chatbox(int round, int sendInterval) throws Exception {
        ChatboxSimulatorOptions simOptions = ChatboxSimulatorOptions.defaults().tick(Duration.ofMillis(CHATBOX_TICK_MS));
        try (ChatboxSimulator sim = ChatboxSimulator.start(simOptions)) {
            License license = sim.addLicense("PaceOwner", Capability.SAY, Capability.READ, Capability.TELL);
            String uri = "chatbox:Pacer?licenseKey=" + license.key() + "&url=" + sim.baseUrl()
                    + "&sendInterval=" + sendInterval + "&queueCapacity=" + (options.pacingMessages + 10)
                    + "&sendTimeout=120000";
            String prefix = "pace " + round + "/" + sendInterval + " #";
            Sent sent = send(uri, prefix);
            int says = (int) sim.received(license).stream().filter(f -> f.contains("\"type\":\"say\"")).count();
            Set<String> delivered = new HashSet<>();
            for (Delivery d : sim.deliveries()) {
                if (d.licenseKey().equals(license.key()) && d.rawText().startsWith(prefix)) {
                    delivered.add(d.rawText());
                }
            }
            Run run = new Run(sent.rate(), 1000.0 / CHATBOX_TICK_MS, says - options.pacingMessages,
                    options.pacingMessages - delivered.size(), sent.failed.get());
            System.out.println("pacing round " + round + " chatbox sendInterval=" + sendInterval + ": " + run);
            return run;
        }
    }

    private Run capi(int round) throws Exception {
        CapiSimulatorOptions simOptions = CapiSimulatorOptions.defaults()
                .rateLimit(CAPI_LIMIT, Duration.ofMillis(CAPI_WINDOW_MS));
        try (CapiSimulator sim = CapiSimulator.start(simOptions)) {
            BotAccount bot = sim.addBot("PaceBot");
            String uri = "capi:pacer?apiKey=" + bot.apiKey() + "&url=" + sim.url()
                    + "&sendInterval=" + (CAPI_WINDOW_MS / CAPI_LIMIT) + "&queueCapacity=" + (options.pacingMessages + 10)
                    + "&sendTimeout=120000";
            String prefix = "pace " + round + " #";
            Sent sent = send(uri, prefix);
            int requests = (int) sim.received(bot).stream().filter(f -> f.contains("SendMessageRequest")).count();
            Set<String> said = new HashSet<>();
            for (ChannelLine line : sim.channelLog()) {
                if (line.text().startsWith(prefix)) {
                    said.add(line.text());
                }
            }
            Run run = new Run(sent.rate(), CAPI_LIMIT * 1000.0 / CAPI_WINDOW_MS, requests - options.pacingMessages,
                    options.pacingMessages - said.size(), sent.failed.get());
            System.out.println("pacing round " + round + " capi: " + run);
            return run;
        }
    }

    /** Confirmation times and failures of one batch. */
    private static final class Sent {
        final long[] acked;
        final AtomicInteger failed = new AtomicInteger();
        final CountDownLatch done;

        Sent(int n) {
            acked = new long[n];
            done = new CountDownLatch(n);
        }

        double rate() {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (long t : acked) {
                if (t > 0) {
                    first = Math.min(first, t);
                    last = Math.max(last, t);
                }
            }
            return (acked.length - 1) * 1e9 / Math.max(1, last - first);
        }
    }

    /** Hands every message to the async producer at once and waits for all confirmations. */
    private Sent send(String uri, String prefix) throws Exception {
        int n = options.pacingMessages;
        Sent sent = new Sent(n);
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Endpoint endpoint = context.getEndpoint(uri);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            for (int i = 0; i < n; i++) {
                int index = i;
                Exchange exchange = endpoint.createExchange();
                exchange.getIn().setBody(prefix + i);
                producer.process(exchange, doneSync -> {
                    if (exchange.isFailed()) {
                        sent.failed.incrementAndGet();
                        System.out.println("pacing: send failed: " + exchange.getException());
                    } else {
                        sent.acked[index] = System.nanoTime();
                    }
                    sent.done.countDown();
                });
            }
            if (!sent.done.await(n * 2L + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pacing: not every send completed");
            }
            producer.stop();
        }
        return sent;
    }

    private void write(String scheme, String setup, List<Run> runs, boolean target) {
        double[] ratio = runs.stream().mapToDouble(r -> r.achieved() / r.allowed()).toArray();
        double[] achieved = runs.stream().mapToDouble(Run::achieved).toArray();
        int refused = runs.stream().mapToInt(Run::refused).sum();
        int lost = runs.stream().mapToInt(Run::lost).sum();
        int failed = runs.stream().mapToInt(Run::failed).sum();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            rows.add(List.of(Integer.toString(i), Report.num(r.achieved()), Report.num(r.allowed()),
                    Report.pct(r.achieved() / r.allowed()), Integer.toString(r.refused()), Integer.toString(r.lost()),
                    Integer.toString(r.failed())));
        }
        report.section("### Send pacing — `" + scheme + "`\n\n" + options.pacingMessages
                + " messages handed to the producer at once per round; " + setup + ". Achieved rate between the first"
                + " and the last confirmation. *Refused* = sends the simulator received beyond the messages (each one"
                + " a resend after rate_limited / 6-8); *lost* = messages never delivered in the game / channel;"
                + " *failed* = exchanges that ended with an exception.\n\n"
                + Report.table(List.of("round", "achieved msg/s", "allowed msg/s", "achieved / allowed", "refused",
                        "lost", "failed"), rows)
                + "\nMedian achieved " + Report.spread(Stats.of(achieved)) + " msg/s = "
                + Report.pct(Stats.of(ratio).median()) + " of the allowed rate.");
        Stats r = Stats.of(ratio);
        if (!target) {
            return;
        }
        report.target(scheme + " send pacing", "≥ 98 % of allowed, 0 rate_limited, 0 lost",
                Report.pct(r.median()) + " (min " + Report.pct(r.min()) + "), " + refused + " refused, " + (lost + failed)
                        + " lost/failed", r.min() >= 0.98 && refused == 0 && lost == 0 && failed == 0);
    }
}
