package io.github.camelchat.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * Self-signed certificates made at test time with the JDK's own {@code keytool} (from {@code java.home/bin}) into
 * {@code target/tls}: one for {@code localhost} / {@code 127.0.0.1}, one for a wrong host name, and a trust store
 * holding both. Reused for a day, so repeated runs do not pay for keytool again.
 */
public final class TlsFixtures {

    public static final String PASSWORD = "changeit";
    private static final Path DIR = Path.of("target", "tls");
    public static final Path LOCALHOST = DIR.resolve("localhost.p12");
    public static final Path WRONG_HOST = DIR.resolve("wrong-host.p12");
    public static final Path TRUST = DIR.resolve("trust.p12");

    private TlsFixtures() {
    }

    public static synchronized void generate() throws Exception {
        if (Files.exists(TRUST) && Files.getLastModifiedTime(TRUST).toInstant()
                .isAfter(Instant.now().minus(Duration.ofDays(1)))) {
            return;
        }
        Files.createDirectories(DIR);
        for (Path p : List.of(LOCALHOST, WRONG_HOST, TRUST, DIR.resolve("localhost.pem"), DIR.resolve("wrong.pem"))) {
            Files.deleteIfExists(p);
        }
        keypair(LOCALHOST, "localhost", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        keypair(WRONG_HOST, "wrong", "CN=wrong.example", "SAN=dns:wrong.example");
        exportTo(LOCALHOST, "localhost", DIR.resolve("localhost.pem"));
        exportTo(WRONG_HOST, "wrong", DIR.resolve("wrong.pem"));
        // built aside and moved in last: its presence marks a complete set
        Path building = DIR.resolve("trust.building.p12");
        Files.deleteIfExists(building);
        for (String alias : List.of("localhost", "wrong")) {
            keytool("-importcert", "-noprompt", "-alias", alias, "-file", DIR.resolve(alias + ".pem").toString(),
                    "-keystore", building.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        }
        Files.move(building, TRUST, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(TRUST, FileTime.from(Instant.now()));
    }

    private static void keypair(Path store, String alias, String dname, String san) throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", dname, "-ext", san, "-validity", "7", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
    }

    private static void exportTo(Path store, String alias, Path pem) throws Exception {
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }

    /** A server-side TLS context with the key of {@code store}, for the TLS-terminating proxy. */
    public static SSLContext serverContext(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    /** Camel TLS settings that trust both test certificates (hostname verification stays on). */
    public static SSLContextParameters trustingTestCertificates() {
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
