package io.github.camelchat.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The Kamelets this module ships, read from the classpath as camel-kamelet reads them, and the project coordinates. */
final class KameletFiles {

    static final List<String> NAMES = List.of(
            "chatbox-source", "chatbox-sink", "capi-source", "capi-sink", "hitbox-source", "hitbox-sink");

    /** The properties that hold credentials: {@code format: password} and the credentials group. */
    static final List<String> SECRETS = List.of("licenseKey", "apiKey", "token");

    private KameletFiles() {
    }

    static String location(String name) {
        return "kamelets/" + name + ".kamelet.yaml";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name) {
        try (InputStream in = resource(location(name))) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** chatbox, capi or hitbox. */
    static String scheme(String name) {
        return name.substring(0, name.indexOf('-'));
    }

    /** source or sink. */
    static String type(String name) {
        return name.substring(name.indexOf('-') + 1);
    }

    /** {@code groupId} and {@code version} of this build, filtered into a test resource by Maven. */
    static String project(String key) {
        Properties properties = new Properties();
        try (InputStream in = resource("camel-chat-kamelets.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty("project." + key);
        if (value == null || value.contains("${")) {
            throw new IllegalStateException("camel-chat-kamelets.properties was not filtered: " + key + "=" + value);
        }
        return value;
    }

    private static InputStream resource(String path) {
        InputStream in = KameletFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath");
        }
        return in;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
