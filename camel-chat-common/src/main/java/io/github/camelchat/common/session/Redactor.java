package io.github.camelchat.common.session;

import java.util.List;
import java.util.Objects;

/** Masks known secrets in any text before it reaches a log, an exception message or a health check. */
public final class Redactor {

    public static final String MASK = "xxxxxx";
    private static final Redactor NONE = new Redactor(List.of());

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    public static Redactor of(String... secrets) {
        List<String> usable = java.util.Arrays.stream(secrets)
                .filter(Objects::nonNull)
                .filter(s -> s.length() >= 4)
                .toList();
        return usable.isEmpty() ? NONE : new Redactor(usable);
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
