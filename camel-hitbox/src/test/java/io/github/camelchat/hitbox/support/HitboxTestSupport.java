package io.github.camelchat.hitbox.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.HitboxSimulatorOptions;
import io.github.camelchat.simulator.hitbox.Role;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A hitbox simulator for the class (short heartbeats), and for each test its own channel and a moderator account for
 * the bot, so records never leak between tests.
 */
public abstract class HitboxTestSupport extends CamelTestSupport {

    private static final AtomicInteger TESTS = new AtomicInteger();
    protected static HitboxSimulator simulator;

    protected final String channel = "room" + TESTS.incrementAndGet();
    protected final Account bot = simulator.addAccount("Bot" + TESTS.get(), Role.USER);

    @BeforeAll
    static void startSimulator() {
        simulator = HitboxSimulator.start(HitboxSimulatorOptions.defaults().heartbeatInterval(Duration.ofMillis(500)));
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        registry.register(registry.resolveById("consumers"));
        return camelContext;
    }

    /** A hitbox endpoint for this test's channel, logged in as the bot, discovering the simulator. */
    protected String hitbox(String options) {
        return hitbox(channel, bot, options);
    }

    protected String hitbox(String room, Account account, String options) {
        return "hitbox:" + room + "?serversUrl=RAW(" + simulator.serversUrl() + ")"
               + (account == null ? "" : "&name=" + account.name() + "&token=" + account.token())
               + "&sendInterval=10&reconnectDelay=100&maxReconnectDelay=500"
               + (options == null || options.isEmpty() ? "" : "&" + options);
    }
}
