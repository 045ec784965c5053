package io.github.camelchat.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two replicas of the relay (two CamelContexts in this JVM) with the same chatbox license, against one chatbox
 * simulator and a real Kafka broker. Every relay route runs under a {@code ClusteredRoutePolicy} backed by the
 * file-lock cluster service on a shared directory: only the leader connects; when it stops, the other takes over.
 */
@Timeout(120)
class OneSocketAcrossReplicasTest {

    private static final String EVENTS = "chat.events";
    private static final String OUTBOUND = "chat.outbound";
    private static final String GROUP = "relay-ha";
    private static final String NAMESPACE = "chat-relay";
    private static final String CHATBOX_ROUTE = KafkaRelayRoutes.EVENTS_ROUTE_PREFIX + "chatbox";
    /** Lock check interval: short for the test (the service's default is 10 s). */
    private static final Duration LOCK_INTERVAL = Duration.ofMillis(500);

    private static EmbeddedKafkaBroker broker;
    private static KafkaTestClient kafka;
    private static ChatboxSimulator chatbox;
    private static License license;
    private static Path clusterRoot;

    private final List<CamelContext> replicas = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start(Duration.ofSeconds(90));
        kafka = new KafkaTestClient(broker.bootstrapServers());
        kafka.createTopics(1, EVENTS, OUTBOUND);
        chatbox = ChatboxSimulator.start();
        license = chatbox.addLicense("Owner", Capability.values());
        clusterRoot = Paths.get("target", "cluster-" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable c : new AutoCloseable[] { kafka, chatbox, broker }) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
        if (clusterRoot != null && Files.exists(clusterRoot)) {
            try (Stream<Path> files = Files.walk(clusterRoot)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(CamelContext::stop);
    }

    @Test
    void onlyTheLeaderConnectsAndTheOtherTakesOverWithoutDuplicates() throws Exception {
        ConnectionSampler sockets = new ConnectionSampler(chatbox);
        sockets.start();
        try {
            CamelContext a = replica("replica-a");
            a.start();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                assertThat(status(a)).isEqualTo(ServiceStatus.Started);
                assertThat(chatbox.openConnections()).isEqualTo(1);
            });

            CamelContext b = replica("replica-b");
            b.start();
            // B runs, but as a follower: its relay routes stay stopped and it opens no socket
            await().during(Duration.ofMillis(4 * LOCK_INTERVAL.toMillis())).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> {
                        assertThat(b.getStatus()).isEqualTo(ServiceStatus.Started);
                        assertThat(status(b)).isEqualTo(ServiceStatus.Stopped);
                        assertThat(status(b, KafkaRelayRoutes.OUTBOUND_ROUTE)).isEqualTo(ServiceStatus.Stopped);
                        assertThat(chatbox.openConnections()).isEqualTo(1);
                    });

            Player steve = Player.named("Steve");
            chatbox.join(steve);
            for (int i = 1; i <= 5; i++) {
                chatbox.chat(steve, "before-" + i);
            }
            awaitInKafka("before-1", "before-2", "before-3", "before-4", "before-5");
            kafka.send(OUTBOUND, "chatbox:Relay", "{\"target\":\"chatbox\",\"text\":\"sent by the first leader\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered("sent by the first leader") == 1);

            // events keep coming while the leader stops and the follower takes over
            AtomicBoolean talking = new AtomicBoolean(true);
            AtomicInteger during = new AtomicInteger();
            Thread chatter = new Thread(() -> {
                while (talking.get()) {
                    chatbox.chat(steve, "during-" + during.incrementAndGet());
                    sleep(20);
                }
            }, "chatter");
            chatter.start();
            sleep(300);

            long stopped = System.nanoTime();
            a.stop();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(status(b)).isEqualTo(ServiceStatus.Started);
                assertThat(chatbox.openConnections()).isEqualTo(1);
            });
            long takeoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
            sleep(500);
            talking.set(false);
            chatter.join(5_000);

            for (int i = 1; i <= 5; i++) {
                chatbox.chat(steve, "after-" + i);
            }
            awaitInKafka("after-1", "after-2", "after-3", "after-4", "after-5");
            kafka.send(OUTBOUND, "chatbox:Relay", "{\"target\":\"chatbox\",\"text\":\"sent by the second leader\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> delivered("sent by the second leader") == 1);

            Map<String, Long> counts = eventCounts();
            // before and after the hand-over: each event exactly once
            for (int i = 1; i <= 5; i++) {
                assertThat(counts.get("before-" + i)).as("before-" + i).isEqualTo(1L);
                assertThat(counts.get("after-" + i)).as("after-" + i).isEqualTo(1L);
            }
            // in the window: never twice; what arrived while no replica held the socket is missed (no replay)
            assertThat(counts.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
            long duringSeen = counts.keySet().stream().filter(t -> t.startsWith("during-")).count();
            assertThat(duringSeen).isLessThanOrEqualTo(during.get());
            System.out.printf("take-over %d ms; %d of %d events sent during the hand-over reached Kafka%n",
                    takeoverMillis, duringSeen, during.get());

            // the first leader's outbound record was committed: the new leader did not send it again
            assertThat(delivered("sent by the first leader")).isEqualTo(1);
            assertThat(sockets.max()).as("sockets open at once, ever").isEqualTo(1);
        } finally {
            sockets.stop();
        }
    }

    private CamelContext replica(String name) throws Exception {
        Properties props = new Properties();
        props.put("kafka.brokers", broker.bootstrapServers());
        props.put("relay.sources", "chatbox");
        props.put("relay.group-id", GROUP);
        props.put("relay.cluster.namespace", NAMESPACE);
        props.put("chatbox.url", chatbox.baseUrl());
        props.put("chatbox.license-key", license.key());

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(clusterRoot.toString());
        cluster.setAcquireLockDelay(LOCK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(LOCK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.getPropertiesComponent().setInitialProperties(props);
        context.getShutdownStrategy().setTimeout(10);
        context.addService(cluster);
        context.addRoutes(new KafkaRelayRoutes());
        replicas.add(context);
        return context;
    }

    private static ServiceStatus status(CamelContext context) {
        return status(context, CHATBOX_ROUTE);
    }

    private static ServiceStatus status(CamelContext context, String routeId) {
        ServiceStatus status = context.getRouteController().getRouteStatus(routeId);
        return status == null ? ServiceStatus.Stopped : status;
    }

    private static void awaitInKafka(String... texts) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<String, Long> counts = eventCounts();
            for (String text : texts) {
                assertThat(counts).containsKey(text);
            }
        });
    }

    /** How often each chat text is in {@code chat.events}. */
    private static Map<String, Long> eventCounts() {
        return kafka.readAll(EVENTS).stream()
                .map(r -> {
                    try {
                        return ChatEventEnvelope.MAPPER.readTree(r.value()).path("text").asText(null);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(t -> t != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static long delivered(String text) {
        return chatbox.deliveries().stream().map(Delivery::text).filter(text::equals).count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Samples the simulator's open sockets every 10 ms and keeps the highest count. */
    private static final class ConnectionSampler {
        private final ChatboxSimulator simulator;
        private final AtomicInteger max = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ConnectionSampler(ChatboxSimulator simulator) {
            this.simulator = simulator;
            this.thread = new Thread(this::run, "socket-sampler");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            while (running.get()) {
                max.accumulateAndGet(simulator.openConnections(), Math::max);
                sleep(10);
            }
        }

        int max() {
            return max.get();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(2_000);
        }
    }
}
