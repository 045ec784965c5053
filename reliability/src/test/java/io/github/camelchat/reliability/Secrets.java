package io.github.camelchat.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every key and token the suite configures, and the texts (exception messages and stack traces, health results,
 * {@code toString()}s, endpoint URIs) it has seen; {@link SecretGuard} checks them, with every log line, after each
 * test class. Rigs register their credentials as they create them, tests observe what a user could see.
 */
public final class Secrets {

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final ConcurrentLinkedQueue<String> OBSERVED = new ConcurrentLinkedQueue<>();

    private Secrets() {
    }

    /** Remembers a configured secret; returns it for chaining. */
    public static String register(String secret) {
        if (secret != null && secret.length() >= 4) {
            SECRETS.add(secret);
        }
        return secret;
    }

    /** A text a user or operator could see: checked for secrets after the test class. */
    public static void observe(String text) {
        if (text != null) {
            OBSERVED.add(text);
        }
    }

    static Set<String> all() {
        return Set.copyOf(SECRETS);
    }

    static List<String> drainObserved() {
        List<String> texts = new ArrayList<>();
        for (String t; (t = OBSERVED.poll()) != null;) {
            texts.add(t);
        }
        return texts;
    }

    /** The exception as a log would show it: message, causes and stack trace. */
    public static String describe(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** A secret as a failure message may show it: its first two characters and its length. */
    static String mask(String secret) {
        return secret.substring(0, 2) + "…(" + secret.length() + " chars)";
    }

    /** The text with every one of {@code secrets} masked, for failure messages. */
    static String redact(String text, Set<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "<" + mask(secret) + ">");
        }
        return result;
    }
}
