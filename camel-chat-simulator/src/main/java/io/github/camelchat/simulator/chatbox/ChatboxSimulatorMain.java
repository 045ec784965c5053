package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.github.camelchat.simulator.SimulatorCertificate;
import io.github.camelchat.simulator.TlsBanner;

/**
 * Runs the simulator standalone: {@code --port N} (default 0 = free), {@code --tick-ms N} (default 500) and
 * {@code --tls} (serve {@code wss://} with a self-signed certificate for localhost and 127.0.0.1). Creates one
 * license with every capability, prints its key and URL, and runs until Ctrl-C.
 */
public final class ChatboxSimulatorMain {

    private ChatboxSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChatboxSimulator simulator = ChatboxSimulator.start(parse(args));
        License license = simulator.addLicense("SimOwner", Capability.values());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "chatbox-simulator-shutdown"));
        System.out.println("Chatbox simulator listening on " + simulator.baseUrl());
        System.out.println("License key: " + license.key());
        System.out.println("URL: " + simulator.url(license));
        System.out.println("Guest URL: " + simulator.guestUrl());
        simulator.options().tls().ifPresent(c -> System.out.println(TlsBanner.trustStoreLine(c)));
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static ChatboxSimulatorOptions parse(String[] args) {
        ChatboxSimulatorOptions options = ChatboxSimulatorOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> options.port(Integer.parseInt(value(args, ++i, arg)));
                case "--tick-ms" -> options.tick(Duration.ofMillis(Long.parseLong(value(args, ++i, arg))));
                case "--tls" -> options.tls(SimulatorCertificate.forLoopback());
                case "--help", "-h" -> {
                    System.out.println("usage: ChatboxSimulatorMain [--port N] [--tick-ms N] [--tls]");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg
                        + " (usage: [--port N] [--tick-ms N] [--tls])");
            }
        }
        return options;
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }
}
