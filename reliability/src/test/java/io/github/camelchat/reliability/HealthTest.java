package io.github.camelchat.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelchat.reliability.rig.ChatRig;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Consumer and producer readiness through Camel's health API: UP when ready, DOWN with a readable reason (and the
 * masked endpoint URI) while reconnecting, still DOWN with the failed attempts counted once reconnecting goes past a
 * threshold, UP again when the server is back. Fatal failures are checked in {@link HandshakeFailuresTest}.
 */
class HealthTest extends ReliabilityTest {

    /** Failed attempts after which reconnecting counts as an outage, not a blip. */
    private static final int THRESHOLD = 2;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void downWhileReconnectingAndUpWhenReadyAgain(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig rig = factory.get().startServer()) {
            rig.startCamel();
            rig.awaitReady();
            String producerUri = rig.producerUri();
            rig.submit(producerUri, List.of("health check " + rig.component())).get(0).get(10, TimeUnit.SECONDS);
            String consumer = ChatRig.consumerCheckId();
            String producer = rig.producerCheckId(producerUri);
            assertThat(rig.readiness(consumer).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(rig.readiness(producer).getState()).isEqualTo(HealthCheck.State.UP);

            rig.restart(Duration.ofSeconds(2));
            await().atMost(10, TimeUnit.SECONDS).until(() -> rig.session().getFailedAttempts() > THRESHOLD);
            for (String id : List.of(consumer, producer)) {
                HealthCheck.Result down = rig.readiness(id);
                assertThat(down.getState()).as(id).isEqualTo(HealthCheck.State.DOWN);
                assertThat(down.getMessage()).as(id).hasValueSatisfying(m -> assertThat(m)
                        .containsAnyOf("RETRY_WAIT", "CONNECTING", "HANDSHAKING").contains(": "));
                assertThat(down.getDetails()).as(id).containsKeys("session.state", "session.reason");
                assertThat((Integer) down.getDetails().get("session.failedAttempts")).as(id).isGreaterThan(THRESHOLD);
                assertThat(String.valueOf(down.getDetails().get(HealthCheck.ENDPOINT_URI))).as(id).contains("xxxxxx");
            }

            await().atMost(20, TimeUnit.SECONDS).until(() -> rig.readiness(consumer).getState() == HealthCheck.State.UP
                    && rig.readiness(producer).getState() == HealthCheck.State.UP);
            assertThat(rig.readiness(consumer).getDetails()).doesNotContainKey("session.reason");
        }
    }
}
