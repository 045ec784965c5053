package io.github.camelchat.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.camelchat.simulator.SimulatorCertificate;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The suite's self-signed certificates, made by {@link SimulatorCertificate} into {@code target/tls}: one for
 * {@code localhost} / {@code 127.0.0.1}, one for a wrong host name, and a trust store holding both. Reused for a day
 * (the certificates are valid for two), so repeated runs do not pay for keytool again.
 */
public final class TlsFixtures {

    public static final String PASSWORD = "changeit";
    private static final Path DIR = Path.of("target", "tls");
    public static final Path LOCALHOST = DIR.resolve("localhost.p12");
    public static final Path WRONG_HOST = DIR.resolve("wrong-host.p12");
    public static final Path TRUST = DIR.resolve("trust.p12");
    private static final Duration REUSE = Duration.ofDays(1);

    private static SimulatorCertificate localhost;
    private static SimulatorCertificate wrongHost;

    private TlsFixtures() {
    }

    public static synchronized void generate() {
        if (localhost != null) {
            return;
        }
        try {
            if (fresh(TRUST) && Files.exists(LOCALHOST) && Files.exists(WRONG_HOST)) {
                localhost = SimulatorCertificate.load(LOCALHOST, PASSWORD);
                wrongHost = SimulatorCertificate.load(WRONG_HOST, PASSWORD);
                return;
            }
            Files.deleteIfExists(TRUST);
            localhost = SimulatorCertificate.generate(LOCALHOST, PASSWORD, List.of("localhost", "127.0.0.1"));
            wrongHost = SimulatorCertificate.generate(WRONG_HOST, PASSWORD, List.of("wrong.example"));
            // written aside and moved in last: its presence marks a complete set
            Path building = SimulatorCertificate.writeTrustStore(DIR.resolve("trust.building.p12"), PASSWORD,
                    List.of(localhost, wrongHost));
            Files.move(building, TRUST, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(TRUST, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fresh(Path file) throws IOException {
        return Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(REUSE));
    }

    /** The certificate for {@code localhost} and {@code 127.0.0.1}. */
    public static SimulatorCertificate localhost() {
        generate();
        return localhost;
    }

    /** A certificate whose only name is {@code wrong.example}. */
    public static SimulatorCertificate wrongHost() {
        generate();
        return wrongHost;
    }

    /** Camel TLS settings that trust both test certificates (hostname verification stays on). */
    public static SSLContextParameters trustingTestCertificates() {
        generate();
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + TRUST.toAbsolutePath());
        trustStore.setType("PKCS12");
        trustStore.setPassword(PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
