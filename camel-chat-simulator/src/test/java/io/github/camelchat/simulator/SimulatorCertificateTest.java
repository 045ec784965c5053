package io.github.camelchat.simulator;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorCertificateTest {

    @TempDir
    Path dir;

    @Test
    void generatesAShortLivedSelfSignedEcCertificateForTheGivenNames() throws Exception {
        SimulatorCertificate certificate = SimulatorCertificate.generate(dir.resolve("server.p12"), "secret1",
                List.of("localhost", "127.0.0.1", "sim.test"));

        X509Certificate cert = certificate.certificate();
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(cert.getSubjectX500Principal());
        cert.verify(cert.getPublicKey()); // self-signed: its own key signed it
        assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(cert.getNotAfter().toInstant()).isBefore(Instant.now().plus(Duration.ofDays(3)));
        // type 2 = DNS name, 7 = IP address
        assertThat(cert.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(2, "sim.test"));
    }

    @Test
    void loadsWhatItGeneratedAndWritesATrustStoreOfCertificatesOnly() throws Exception {
        Path store = dir.resolve("server.p12");
        SimulatorCertificate generated = SimulatorCertificate.generate(store, "secret1", List.of("localhost"));
        SimulatorCertificate other = SimulatorCertificate.generate(dir.resolve("other.p12"), "secret2",
                List.of("wrong.example"));

        SimulatorCertificate loaded = SimulatorCertificate.load(store, "secret1");
        assertThat(loaded.certificate()).isEqualTo(generated.certificate());

        Path trust = SimulatorCertificate.writeTrustStore(dir.resolve("trust.p12"), "trustpw",
                List.of(generated, other));
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(trust)) {
            trustStore.load(in, "trustpw".toCharArray());
        }
        List<String> aliases = Collections.list(trustStore.aliases());
        assertThat(aliases).hasSize(2).allSatisfy(a -> assertThat(trustStore.isCertificateEntry(a)).isTrue());
        assertThat(aliases.stream().map(a -> {
            try {
                return trustStore.getCertificate(a);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })).containsExactlyInAnyOrder(generated.certificate(), other.certificate());
    }

    @Test
    void refusesWhatKeytoolCannotDo() {
        Path store = dir.resolve("x.p12");
        assertThatThrownBy(() -> SimulatorCertificate.generate(store, "short", List.of("localhost")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorCertificate.generate(store, "secret1", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorCertificate.generate(store, "secret1", List.of("a,b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SimulatorCertificate.subjectAltNames(List.of("localhost", "10.0.0.1", "::1")))
                .isEqualTo("dns:localhost,ip:10.0.0.1,ip:::1");
    }
}
