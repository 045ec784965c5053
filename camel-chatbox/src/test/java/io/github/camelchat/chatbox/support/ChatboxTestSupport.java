package io.github.camelchat.chatbox.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;


import io.github.camelchat.common.testing.OrderedSends;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.ChatboxSimulatorOptions;
import io.github.camelchat.simulator.chatbox.License;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A simulator on 127.0.0.1 for the whole class (20 ms tick so pacing tests run fast) and a fresh license with every
 * capability for each test, so records never leak between tests.
 */
public abstract class ChatboxTestSupport extends CamelTestSupport {

    protected static final long TICK_MS = 20;
    protected static ChatboxSimulator simulator;

    protected final License license = simulator.addLicense("Owner" + System.nanoTime() % 100_000, Capability.values());

    @BeforeAll
    static void startSimulator() {
        simulator = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().tick(Duration.ofMillis(TICK_MS)));
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** Submits the bodies to one producer in this order without waiting (see {@link OrderedSends}). */
    protected List<CompletableFuture<Exchange>> sendInOrder(String uri, List<String> bodies) throws Exception {
        return OrderedSends.sendInOrder(context, uri, bodies);
    }

    /** A chatbox endpoint URI on the simulator with this test's license and fast pacing. */
    protected String chatbox(String name, String options) {
        return chatbox(name, license, options);
    }

    protected String chatbox(String name, License key, String options) {
        return "chatbox:" + name + "?url=" + simulator.baseUrl() + "&licenseKey=" + key.key()
                + "&sendInterval=" + TICK_MS + "&reconnectDelay=100&maxReconnectDelay=500&restartReconnectDelay=200"
                + (options == null || options.isEmpty() ? "" : "&" + options);
    }
}
