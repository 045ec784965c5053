package io.github.camelchat.examples.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kafka.server.BrokerServer;
import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Kafka 3.9 broker for a test class: a single KRaft node in combined mode ({@code broker,controller}) in
 * this JVM, started with Kafka's own test kit ({@code kafka.testkit.KafkaClusterTestKit}, the {@code kafka_2.13:test}
 * jar), which formats the storage the way {@code kafka-storage format} does and wires the controller quorum.
 *
 * <p>Both listeners are bound to 127.0.0.1 on free ports. The log and metadata directories live under
 * {@code java.io.tmpdir}, which the module's Surefire configuration points at {@code target/}; {@link #close()}
 * deletes them. Single-replica settings throughout (offsets and transaction topics with one replica, min ISR 1) and
 * no initial rebalance delay, so a consumer group forms at once.
 */
final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaClusterTestKit cluster;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaClusterTestKit cluster, String bootstrapServers) {
        this.cluster = cluster;
        this.bootstrapServers = bootstrapServers;
    }

    /** Formats, starts and waits for a ready broker; fails (and cleans up) when that takes longer than timeout. */
    static EmbeddedKafkaBroker start(Duration timeout) throws Exception {
        long started = System.nanoTime();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                        .build())
                .setConfigProp("listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("min.insync.replicas", "1")
                .setConfigProp("default.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("unstable.api.versions.enable", "false")
                .setConfigProp("unstable.feature.versions.enable", "false")
                .build();
        ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "embedded-kafka-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<String> ready = starter.submit(() -> {
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                BrokerServer broker = cluster.brokers().values().iterator().next();
                return "127.0.0.1:" + broker.boundPort(cluster.nodes().externalListenerName());
            });
            String bootstrap = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Kafka broker ready on {} in {} ms", bootstrap,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return new EmbeddedKafkaBroker(cluster, bootstrap);
        } catch (Exception e) {
            closeQuietly(cluster);
            throw e;
        } finally {
            starter.shutdownNow();
        }
    }

    /** {@code 127.0.0.1:<port>} of the PLAINTEXT listener. */
    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker and controller down and deletes their directories. */
    @Override
    public void close() {
        closeQuietly(cluster);
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Exception e) {
            LOG.warn("Kafka broker did not close cleanly: {}", e.toString());
        }
    }
}
