package io.github.camelchat.simulator.hitbox;

import java.util.concurrent.CountDownLatch;

import io.github.camelchat.simulator.SimulatorCertificate;
import io.github.camelchat.simulator.TlsBanner;

/**
 * Runs the simulator standalone: {@code --port N} (default 0 = a free port) and {@code --tls} (serve {@code https://}
 * and {@code wss://} with a self-signed certificate for localhost and 127.0.0.1). Creates a demo admin account, prints
 * the server-list URL, the account's name and token, and the proxy setting for unmodified clients (plain only), and
 * runs until Ctrl-C.
 */
public final class HitboxSimulatorMain {

    static final String DEMO_NAME = "SimOwner";

    private HitboxSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        HitboxSimulator simulator = HitboxSimulator.start(parse(args));
        // The demo token is printed on purpose: it is the one secret a local user needs, and it exists nowhere else.
        Account demo = simulator.addAccount(DEMO_NAME, Role.ADMIN, UserFlag.OWNER);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "hitbox-simulator-shutdown"));
        System.out.println("Hitbox chat simulator listening on " + simulator.baseUrl());
        System.out.println("Server list: " + simulator.serversUrl());
        System.out.println("Demo account: " + demo.name() + " (admin)");
        System.out.println("Demo token: " + demo.token());
        if (simulator.options().tls().isPresent()) {
            System.out.println(TlsBanner.trustStoreLine(simulator.options().tls().get()));
            System.out.println("The server list names host:port only: clients need https for unlisted schemes"
                    + " (camel-hitbox: serverScheme=https).");
        } else {
            System.out.println("Unmodified clients: HTTP_PROXY=" + simulator.baseUrl());
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static HitboxSimulatorOptions parse(String[] args) {
        HitboxSimulatorOptions options = HitboxSimulatorOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--port needs a value");
                    }
                    options.port(Integer.parseInt(args[++i]));
                }
                case "--tls" -> options.tls(SimulatorCertificate.forLoopback());
                case "--help", "-h" -> {
                    System.out.println("usage: HitboxSimulatorMain [--port N] [--tls]");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg + " (usage: [--port N] [--tls])");
            }
        }
        return options;
    }
}
