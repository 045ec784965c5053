package io.github.camelchat.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the demo needs to know before Camel starts: whether to embed the simulator depends on the license key, so
 * these settings are resolved here rather than through Camel's property placeholders.
 *
 * <p>Each key is looked up in program arguments ({@code --key=value}; {@code --duration} is short for
 * {@code demo.duration}), then system properties, then the environment ({@code chatbox.license-key} as
 * {@code CHATBOX_LICENSE_KEY}), then {@code application.properties} on the classpath.
 *
 * @param licenseKey null or blank means "no real server: embed the simulator"
 */
public record DemoSettings(String chatboxName, String chatboxUrl, String licenseKey, Duration duration, Path journal,
                           long seed, Duration scriptInterval, Duration simulatorTick) {

    public static final String DEFAULT_URL = "wss://chat.reconnected.cc/v2";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    public DemoSettings {
        licenseKey = licenseKey == null || licenseKey.isBlank() ? null : licenseKey.trim();
    }

    public boolean realServer() {
        return licenseKey != null;
    }

    public static DemoSettings load(String[] args) {
        Map<String, String> fromArgs = parseArgs(args);
        Properties file = classpathProperties();
        return from(key -> {
            String value = fromArgs.get(key);
            if (value == null) {
                value = System.getProperty(key);
            }
            if (value == null) {
                value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
            return value != null ? value : file.getProperty(key);
        });
    }

    /** Settings from one lookup (null for "not set"); tests pass a map's {@code get}. */
    public static DemoSettings from(UnaryOperator<String> lookup) {
        return new DemoSettings(
                or(lookup.apply("chatbox.name"), "DemoBot"),
                or(lookup.apply("chatbox.url"), DEFAULT_URL),
                lookup.apply("chatbox.license-key"),
                parseDuration(or(lookup.apply("demo.duration"), "30s")),
                Path.of(or(lookup.apply("demo.journal"), "target/chat-journal.jsonl")).toAbsolutePath().normalize(),
                Long.parseLong(or(lookup.apply("demo.seed"), "42")),
                parseDuration(or(lookup.apply("demo.script-interval"), "300ms")),
                parseDuration(or(lookup.apply("demo.simulator-tick"), "100ms")));
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601 ({@code PT10S}). */
    static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            return Duration.parse(value);
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a duration: '" + text + "' (try 10s, 500ms, 2m)");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.indexOf('=') < 0) {
                throw new IllegalArgumentException("Unknown argument '" + arg
                        + "'; use --key=value, e.g. --duration=10s or --chatbox.license-key=...");
            }
            String key = arg.substring(2, arg.indexOf('='));
            values.put("duration".equals(key) ? "demo.duration" : key, arg.substring(arg.indexOf('=') + 1));
        }
        return values;
    }

    private static Properties classpathProperties() {
        Properties properties = new Properties();
        try (InputStream in = DemoSettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
        return properties;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** Never prints the license key. */
    @Override
    public String toString() {
        return "DemoSettings[name=" + chatboxName + ", url=" + chatboxUrl + ", licenseKey="
                + (licenseKey == null ? "<none>" : "xxxxxx") + ", duration=" + duration + ", journal=" + journal
                + ", seed=" + seed + "]";
    }
}
