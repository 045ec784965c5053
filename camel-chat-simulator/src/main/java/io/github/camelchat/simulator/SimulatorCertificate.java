package io.github.camelchat.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate (and its key) that a simulator serves {@code wss://} and {@code https://} with, in a
 * PKCS12 key store, plus what a client needs to trust it: the certificate, a PKCS12 trust store, or an
 * {@link SSLContext}.
 *
 * <p>The key pair is made by the JDK's own {@code keytool} (from {@code java.home/bin}): the JDK has no public API
 * that signs a certificate, and Netty's {@code SelfSignedCertificate} needs BouncyCastle or JDK internals on Java 17.
 * EC P-256 keys and a two-day validity keep generation fast and the certificate useless outside a test run.
 */
public final class SimulatorCertificate {

    /** The password of key stores made without one: they protect a throw-away test key, not a secret. */
    public static final String DEFAULT_PASSWORD = "simulator";
    private static final String ALIAS = "simulator";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int VALIDITY_DAYS = 2;
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private final Path keyStore;
    private final String password;
    private final X509Certificate certificate;

    private SimulatorCertificate(Path keyStore, String password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /** A certificate for {@code localhost} and {@code 127.0.0.1}, in a temporary directory deleted at JVM exit. */
    public static SimulatorCertificate forLoopback() {
        return temporary(List.of("localhost", "127.0.0.1"));
    }

    /** A certificate for these names, in a temporary directory deleted at JVM exit. */
    public static SimulatorCertificate temporary(List<String> names) {
        try {
            Path dir = Files.createTempDirectory("simulator-tls");
            Path store = dir.resolve("simulator.p12");
            SimulatorCertificate generated = generate(store, DEFAULT_PASSWORD, names);
            // deleteOnExit runs in reverse order of registration: the files first, then their directory
            dir.toFile().deleteOnExit();
            store.toFile().deleteOnExit();
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates a key pair and a self-signed certificate into a new PKCS12 key store at {@code keyStore} (replacing
     * the file if it exists).
     *
     * @param names DNS names and IP addresses the certificate is valid for (its subject alternative names, which is
     *              what hostname verification checks); the first is also the common name
     */
    public static SimulatorCertificate generate(Path keyStore, String password, List<String> names) {
        Objects.requireNonNull(keyStore, "keyStore");
        if (password == null || password.length() < 6) {
            throw new IllegalArgumentException("keytool needs a password of at least 6 characters");
        }
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one host name or address");
        }
        try {
            Path parent = keyStore.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(keyStore);
            keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-sigalg", "SHA256withECDSA", "-dname", "CN=" + names.get(0), "-ext", "SAN=" + subjectAltNames(names),
                    "-validity", Integer.toString(VALIDITY_DAYS), "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(keyStore, password);
    }

    /** A key store made earlier (by {@link #generate}, or any PKCS12 store whose first key entry is the server's). */
    public static SimulatorCertificate load(Path keyStore, String password) {
        KeyStore store = read(keyStore, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate cert) {
                    return new SimulatorCertificate(keyStore, password, cert);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + keyStore + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(keyStore + " holds no key with an X.509 certificate");
    }

    /** The PKCS12 key store with the key and certificate, what the server side loads. */
    public Path keyStore() {
        return keyStore;
    }

    public String password() {
        return password;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Writes a PKCS12 trust store that trusts this certificate, with the same password; returns {@code file}. */
    public Path writeTrustStore(Path file) {
        return writeTrustStore(file, password, List.of(this));
    }

    /** Writes a PKCS12 trust store that trusts every one of these certificates; returns {@code file}. */
    public static Path writeTrustStore(Path file, String password, List<SimulatorCertificate> certificates) {
        KeyStore store = trustStore(certificates);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the trust store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A client-side TLS context that trusts this certificate and nothing else. Hostname verification is the
     * client's (the JDK HttpClient always does it), so a certificate for another name is still refused.
     */
    public SSLContext trustingContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(List.of(this)));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SimulatorCertificate[" + certificate.getSubjectX500Principal().getName() + ", " + keyStore + "]";
    }

    private static KeyStore trustStore(List<SimulatorCertificate> certificates) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (SimulatorCertificate c : certificates) {
                store.setCertificateEntry("simulator-" + i++, c.certificate);
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a trust store: " + e.getMessage(), e);
        }
    }

    private static KeyStore read(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key store " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code dns:localhost,ip:127.0.0.1}: keytool's syntax for the subject alternative name extension. */
    static String subjectAltNames(List<String> names) {
        List<String> entries = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.contains(",")) {
                throw new IllegalArgumentException("not a host name or address: '" + name + "'");
            }
            boolean ip = IPV4.matcher(name).matches() || name.contains(":");
            entries.add((ip ? "ip:" : "dns:") + name);
        }
        return String.join(",", entries);
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool " + args[0] + " did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool " + args[0] + " ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed (exit " + process.exitValue() + "): " + output);
        }
    }
}
