package io.github.camelchat.simulator;

import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the standalone simulators print about {@code --tls}: where a client finds a trust store for the generated
 * certificate. The trust store is written beside the key store and, like it, deleted when the JVM exits.
 */
public final class TlsBanner {

    private TlsBanner() {
    }

    /** Writes {@code trust.p12} beside the certificate's key store and says how to use it. */
    public static String trustStoreLine(SimulatorCertificate certificate) {
        Path trust = certificate.writeTrustStore(certificate.keyStore().resolveSibling("trust.p12"));
        trust.toFile().deleteOnExit();
        return "TLS trust store (PKCS12, password " + certificate.password() + "): " + trust.toAbsolutePath()
                + " (certificate for " + String.join(", ", names(certificate)) + ")";
    }

    /** The subject alternative names, the names hostname verification accepts. */
    private static List<String> names(SimulatorCertificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = certificate.certificate().getSubjectAlternativeNames();
            if (entries != null) {
                entries.forEach(entry -> names.add(String.valueOf(entry.get(1))));
            }
        } catch (CertificateParsingException e) {
            names.add("?");
        }
        return names;
    }
}
