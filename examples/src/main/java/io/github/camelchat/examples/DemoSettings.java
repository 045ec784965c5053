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
 * What the relay needs to know before Camel starts: which simulators to embed depends on which credentials are
 * configured, so these settings are resolved here rather than through Camel's property placeholders.
 *
 * <p>Each key is looked up in program arguments ({@code --key=value}; {@code --duration} is short for
 * {@code demo.duration}), then system properties, then the environment ({@code chatbox.license-key} as
 * {@code CHATBOX_LICENSE_KEY}), then {@code application.properties} on the classpath.
 *
 * @param chatbox           the chatbox server as configured (without a license key: simulated)
 * @param capi              the CAPI server as configured (without an API key: simulated)
 * @param hitbox            the hitbox chat as configured (without name and token: simulated)
 * @param discordWebhookUrl where relayed chat is also posted; null for nowhere
 * @param capiSendInterval  least time between two messages to Battle.net, which allowed about 5 per 10 s
 * @param scriptedLife      whether the simulators are filled with scripted players, users and viewers
 */
public record DemoSettings(ChatboxTarget chatbox, CapiTarget capi, HitboxTarget hitbox, String discordWebhookUrl,
                           Duration duration, Path journal, long seed, Duration scriptInterval,
                           Duration simulatorTick, Duration capiSendInterval, boolean scriptedLife) {

    public static final String DEFAULT_CHATBOX_URL = "wss://chat.reconnected.cc/v2";
    public static final String DEFAULT_BOT_NAME = "RelayBot";
    public static final String DISCORD_WEBHOOK_URL = "discord.webhook-url";
    public static final String CAPI_SEND_INTERVAL = "capi.send-interval";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    public DemoSettings {
        discordWebhookUrl = blankToNull(discordWebhookUrl);
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
                value = System.getenv(environmentName(key));
            }
            return value != null ? value : file.getProperty(key);
        });
    }

    /** {@code capi.api-key} is looked up in the environment as {@code CAPI_API_KEY}. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Settings from one lookup (null for "not set"); tests pass a map's {@code get}. */
    public static DemoSettings from(UnaryOperator<String> lookup) {
        String hitboxName = or(lookup.apply(HitboxTarget.NAME), DEFAULT_BOT_NAME);
        return new DemoSettings(
                new ChatboxTarget(or(lookup.apply(ChatboxTarget.NAME), DEFAULT_BOT_NAME),
                        or(lookup.apply(ChatboxTarget.URL), DEFAULT_CHATBOX_URL),
                        lookup.apply(ChatboxTarget.LICENSE_KEY)),
                new CapiTarget(or(lookup.apply(CapiTarget.URL), CapiTarget.DEFAULT_URL),
                        lookup.apply(CapiTarget.API_KEY)),
                new HitboxTarget(or(lookup.apply(HitboxTarget.CHANNEL), "camelchat").toLowerCase(Locale.ROOT),
                        hitboxName, lookup.apply(HitboxTarget.TOKEN),
                        or(lookup.apply(HitboxTarget.SERVERS_URL), HitboxTarget.DEFAULT_SERVERS_URL)),
                lookup.apply(DISCORD_WEBHOOK_URL),
                parseDuration(or(lookup.apply("demo.duration"), "30s")),
                Path.of(or(lookup.apply("demo.journal"), "target/chat-journal.jsonl")).toAbsolutePath().normalize(),
                Long.parseLong(or(lookup.apply("demo.seed"), "42")),
                parseDuration(or(lookup.apply("demo.script-interval"), "500ms")),
                parseDuration(or(lookup.apply("demo.simulator-tick"), "100ms")),
                parseDuration(or(lookup.apply(CAPI_SEND_INTERVAL), "2100ms")),
                Boolean.parseBoolean(or(lookup.apply("demo.scripted-life"), "true")));
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

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Properties from key, value pairs; a null value becomes empty, as a placeholder must resolve to something. */
    static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return properties;
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

    /** Never prints a credential: the targets' own toString leaves them out. */
    @Override
    public String toString() {
        return "DemoSettings[" + chatbox + (chatbox.hasCredentials() ? " (licensed)" : " (simulated)")
                + ", " + capi + (capi.hasCredentials() ? " (with API key)" : " (simulated)")
                + ", " + hitbox + (hitbox.hasCredentials() ? " (with token)" : " (simulated)")
                + ", discord=" + (discordWebhookUrl == null ? "off" : "on")
                + ", duration=" + duration + ", journal=" + journal + ", seed=" + seed + "]";
    }
}
