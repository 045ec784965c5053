package io.github.camelchat.capi.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.CapiSimulatorOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A CAPI simulator for the whole class and, for each test, a fresh bot in its own channel, so records never leak
 * between tests. Consumer and producer health checks are registered as camel-main does.
 */
public abstract class CapiTestSupport extends CamelTestSupport {

    private static final AtomicInteger BOTS = new AtomicInteger();
    protected static CapiSimulator simulator;

    protected final String channel = "Op Test" + BOTS.incrementAndGet();
    protected final BotAccount bot = simulator.addBot("Bot" + BOTS.get(), channel);

    @BeforeAll
    static void startSimulator() {
        simulator = CapiSimulator.start(CapiSimulatorOptions.defaults().rateLimit(1000, Duration.ofSeconds(1)));
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
        HealthCheckRepository producers = (HealthCheckRepository) registry.resolveById("producers");
        producers.setEnabled(true);
        registry.register(producers);
        return camelContext;
    }

    /** A capi endpoint on the simulator with this test's bot and fast pacing and retries. */
    protected String capi(String options) {
        return capi(bot.apiKey(), options);
    }

    protected String capi(String apiKey, String options) {
        return "capi:bot?url=" + simulator.url() + "&apiKey=" + apiKey
               + "&sendInterval=10&retryDelay=100&reconnectDelay=100&maxReconnectDelay=500"
               + (options == null || options.isEmpty() ? "" : "&" + options);
    }
}
