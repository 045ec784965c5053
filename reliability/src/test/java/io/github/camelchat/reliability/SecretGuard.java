package io.github.camelchat.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.camelchat.common.testing.LogCapture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered on every test class of the suite (through {@link ReliabilityTest}): captures every log line of the class
 * at DEBUG and above with the shared {@link LogCapture}, and after the class fails it if any registered key or token
 * appears in a log line (stack traces included) or in a text the tests observed. It also makes sure the report is
 * written once all classes have run.
 * <p>
 * The capture is attached per class rather than once for the JVM because {@code LogCapture} keeps its lines in a
 * copy-on-write list; between classes nothing of the suite runs, so every line the suite logs is still checked.
 */
public final class SecretGuard implements BeforeAllCallback, AfterAllCallback {

    private static volatile LogCapture capture;

    @Override
    public void beforeAll(ExtensionContext context) {
        ReliabilityReport.installWriter(context);
        capture = LogCapture.attach();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LogCapture current = capture;
        capture = null;
        if (current == null) {
            return;
        }
        List<String> lines;
        try {
            lines = current.lines();
        } finally {
            current.close();
        }
        List<String> observed = Secrets.drainObserved();
        List<String> leaks = leaks(Secrets.all(), lines, observed);
        if (!leaks.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " leaked secrets:\n" + String.join("\n", leaks));
        }
        // a capture that saw nothing would prove nothing
        if (lines.stream().noneMatch(l -> l.contains("Chat session"))) {
            throw new AssertionError(context.getDisplayName() + ": the log capture saw no session log line ("
                    + lines.size() + " lines); the secrets check would be vacuous");
        }
    }

    /** One readable finding per secret that appears in a log line or an observed text (secrets masked). */
    static List<String> leaks(Set<String> secrets, List<String> lines, List<String> observed) {
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            long inLogs = lines.stream().filter(l -> l.contains(secret)).count();
            long inTexts = observed.stream().filter(t -> t.contains(secret)).count();
            if (inLogs + inTexts > 0) {
                String example = lines.stream().filter(l -> l.contains(secret)).findFirst()
                        .orElseGet(() -> observed.stream().filter(t -> t.contains(secret)).findFirst().orElse(""));
                leaks.add("secret " + Secrets.mask(secret) + " appeared in " + inLogs + " log lines and " + inTexts
                        + " observed texts, e.g.: " + Secrets.redact(example.length() > 600
                                ? example.substring(0, 600) + "…" : example, secrets));
            }
        }
        return leaks;
    }

    /** The lines captured so far in the running test class. */
    public static List<String> lines() {
        LogCapture current = capture;
        return current == null ? List.of() : current.lines();
    }
}
