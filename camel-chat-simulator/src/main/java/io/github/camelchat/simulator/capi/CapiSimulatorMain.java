package io.github.camelchat.simulator.capi;

import java.util.concurrent.CountDownLatch;

import io.github.camelchat.simulator.SimulatorCertificate;
import io.github.camelchat.simulator.TlsBanner;

/**
 * Runs the simulator standalone: {@code --port N} (default 0 = free), {@code --account NAME} (default SimBot),
 * {@code --channel NAME} (default Op Lodle), {@code --spec-shape}, {@code --success-status}, {@code --tls} (serve
 * {@code wss://} with a self-signed certificate for localhost and 127.0.0.1). Creates one bot with
 * Moderator, prints its key and the URL, and runs until Ctrl-C.
 */
public final class CapiSimulatorMain {

    static final String USAGE = "usage: CapiSimulatorMain [--port N] [--account NAME] [--channel NAME] "
            + "[--spec-shape] [--success-status] [--tls]";

    private CapiSimulatorMain() {
    }

    record Settings(CapiSimulatorOptions options, String account) {
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings = parse(args);
        CapiSimulator simulator = CapiSimulator.start(settings.options());
        BotAccount bot = simulator.addBot(settings.account(), settings.options().channel(), UserFlag.MODERATOR);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "capi-simulator-shutdown"));
        System.out.println("CAPI simulator listening on " + simulator.url());
        System.out.println("Bot: " + bot.toonName() + " in channel " + bot.channel());
        System.out.println("API key: " + bot.apiKey());
        simulator.options().tls().ifPresent(c -> System.out.println(TlsBanner.trustStoreLine(c)));
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static Settings parse(String[] args) {
        CapiSimulatorOptions options = CapiSimulatorOptions.defaults();
        String account = "SimBot";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> options.port(Integer.parseInt(value(args, ++i, arg)));
                case "--account" -> account = value(args, ++i, arg);
                case "--channel" -> options.channel(value(args, ++i, arg));
                case "--spec-shape" -> options.updateShape(UpdateShape.SPEC);
                case "--success-status" -> options.sendSuccessStatus(true);
                case "--tls" -> options.tls(SimulatorCertificate.forLoopback());
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg + " (" + USAGE + ")");
            }
        }
        return new Settings(options, account);
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }
}
