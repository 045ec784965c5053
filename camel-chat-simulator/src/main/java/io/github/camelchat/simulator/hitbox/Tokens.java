package io.github.camelchat.simulator.hitbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Auth tokens: made up for accounts, and kept out of every log line. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN_FIELD = Pattern.compile("(\"token\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    private Tokens() {
    }

    /** 40 hex digits, the shape of a hitbox authToken. */
    static String random() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String mask(String token) {
        if (token == null) {
            return "null";
        }
        return token.length() <= 4 ? "****" : token.substring(0, 2) + "****";
    }

    /** A frame or JSON text with every {@code "token":"..."} value masked, safe to log. */
    static String maskIn(String text) {
        return text == null ? null : TOKEN_FIELD.matcher(text).replaceAll("$1\"****\"");
    }
}
