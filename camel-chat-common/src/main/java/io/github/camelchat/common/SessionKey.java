package io.github.camelchat.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies one shareable session: same server, same credential, same channel means same socket. The credential is
 * kept only as a short SHA-256 fingerprint, so a key can be logged or shown without leaking it.
 */
public record SessionKey(String server, String credentialFingerprint, String channel) {

    public static SessionKey of(String server, String credential, String channel) {
        return new SessionKey(server, fingerprint(credential), channel == null ? "" : channel);
    }

    static String fingerprint(String credential) {
        if (credential == null || credential.isEmpty()) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
