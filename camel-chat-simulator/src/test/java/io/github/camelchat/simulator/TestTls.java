package io.github.camelchat.simulator;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the TLS tests share: their certificates, made once per test JVM (keytool takes a moment) - one for localhost
 * and 127.0.0.1, one whose only name is {@code wrong.example} - JDK HTTP clients that trust them or not, and the
 * check that a connection attempt was refused by the TLS handshake.
 */
public final class TestTls {

    private TestTls() {
    }

    private static final class Loopback {
        static final SimulatorCertificate INSTANCE = SimulatorCertificate.forLoopback();
    }

    private static final class WrongHost {
        static final SimulatorCertificate INSTANCE = SimulatorCertificate.temporary(List.of("wrong.example"));
    }

    public static SimulatorCertificate loopback() {
        return Loopback.INSTANCE;
    }

    public static SimulatorCertificate wrongHost() {
        return WrongHost.INSTANCE;
    }

    /** A client that trusts only this certificate (hostname verification on, as always in the JDK client). */
    public static HttpClient trusting(SimulatorCertificate certificate) {
        return HttpClient.newBuilder().sslContext(certificate.trustingContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client with the JDK's default trust store, which knows no self-signed certificate. */
    public static HttpClient defaultTrust() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Asserts that the attempt fails with an {@link SSLHandshakeException} (anywhere in the causes) saying this. */
    public static void assertRefused(Runnable attempt, String reason) {
        assertThatThrownBy(attempt::run)
                .hasStackTraceContaining(SSLHandshakeException.class.getName())
                .hasStackTraceContaining(reason);
    }

    /** What the JDK says when the default trust store does not know the certificate. */
    public static final String UNTRUSTED = "PKIX path building failed";

    /** What the JDK says when the certificate is trusted but names another host. */
    public static final String WRONG_NAME = "No subject alternative DNS name matching localhost";
}
