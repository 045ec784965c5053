package io.github.camelchat.reliability;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.reliability.rig.ChatRig;
import io.github.camelchat.reliability.rig.HitboxRig;
import io.github.camelchat.simulator.SimulatorCertificate;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code wss://} (and hitbox's {@code https://} handshake) served by the simulators themselves with a self-signed
 * certificate: refused by default with a clear error, accepted with {@code sslContextParameters} that trust it, and a
 * trusted certificate for the wrong host name is still refused (hostname verification stays on). The bot dials
 * {@code localhost}, the name the certificate is for.
 */
class TlsTest extends ReliabilityTest {

    private static final String TRUST_BEAN = "testTrust";
    private static final String TRUSTING = "sslContextParameters=#" + TRUST_BEAN;

    @BeforeAll
    static void certificates() {
        TlsFixtures.generate();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void selfSignedIsRefusedByDefaultWithAClearError(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig rig = factory.get().tls(TlsFixtures.localhost()).startServer()) {
            rig.startCamel();

            awaitRefused(rig);
            assertThat(rig.session().getStateReason()).contains("SSLHandshakeException")
                    .containsAnyOf("PKIX path building failed", "unable to find valid certification path");
            HealthCheck.Result health = rig.readiness(ChatRig.consumerCheckId());
            assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("PKIX"));
            observe(rig);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void sslContextParametersTrustingTheCertificateConnectAndCarryMessages(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig rig = trusting(factory.get(), TlsFixtures.localhost())) {
            assertConnectsAndCarries(rig);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void aTrustedCertificateForAnotherHostNameIsRefused(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig rig = trusting(factory.get(), TlsFixtures.wrongHost())) {
            awaitRefused(rig);
            assertThat(rig.session().getStateReason()).contains("SSLHandshakeException")
                    .contains("No subject alternative DNS name matching localhost");
            HealthCheck.Result health = rig.readiness(ChatRig.consumerCheckId());
            assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("localhost"));
            observe(rig);
        }
    }

    /** hitbox discovery over TLS: the server list, fetched over https, names a server the bot reaches over https. */
    @Test
    void hitboxDiscoversItsServerOverHttps() throws Exception {
        try (ChatRig rig = trusting(new HitboxRig().discovery(), TlsFixtures.localhost())) {
            assertConnectsAndCarries(rig);
        }
    }

    /** The simulator serves this certificate, the bot trusts the suite's test certificates; Camel started. */
    private static ChatRig trusting(ChatRig rig, SimulatorCertificate certificate) throws Exception {
        rig.tls(certificate).bean(TRUST_BEAN, TlsFixtures.trustingTestCertificates()).sessionOptions(TRUSTING)
                .startServer();
        try {
            rig.startCamel();
        } catch (Exception | AssertionError e) {
            rig.close();
            throw e;
        }
        return rig;
    }

    private static void assertConnectsAndCarries(ChatRig rig) throws Exception {
        rig.awaitReady();
        assertThat(rig.readiness(ChatRig.consumerCheckId()).getState()).isEqualTo(HealthCheck.State.UP);

        Exchange sent = rig.submit(List.of("over TLS")).get(0).get(20, TimeUnit.SECONDS);
        assertThat(sent.getException()).isNull();
        await().atMost(20, TimeUnit.SECONDS).until(() -> rig.delivered().contains("over TLS"));
        assertThat(rig.serverConnectionAttempts()).isPositive();
        observe(rig);
    }

    /**
     * Refused, repeatedly, and never got as far as the server's HTTP layer: TLS failed first. A session that was READY
     * even once would have needed the server to see an upgrade (hitbox: a handshake).
     */
    private static void awaitRefused(ChatRig rig) {
        await().atMost(20, TimeUnit.SECONDS).until(() -> rig.session() != null
                && rig.session().getFailedAttempts() >= 2);
        assertThat(rig.session().getState()).isNotEqualTo(SessionState.READY);
        assertThat(rig.serverConnectionAttempts()).isZero();
    }

    /** What a user could see of the failed or working sessions: checked for keys and tokens after the class. */
    private static void observe(ChatRig rig) {
        rig.context().getEndpoints().forEach(e -> Secrets.observe(e.toString()));
        ChatSession<?> session = rig.session();
        Secrets.observe(session.getName() + " " + session.getStateReason());
        rig.readiness().forEach(r -> Secrets.observe(r.getMessage() + " " + r.getDetails()));
    }
}
