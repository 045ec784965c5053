package io.github.camelchat.simulator.capi;

import java.security.SecureRandom;
import java.util.HexFormat;

/** API keys: random 32 hex digits, and the masked form that is the only one ever logged. */
final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    static String generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The last four characters of a long key, nothing of a short one; "(none)" for no key. */
    static String mask(String key) {
        if (key == null) {
            return "(none)";
        }
        return key.length() >= 16 ? "****" + key.substring(key.length() - 4) : "****";
    }
}
