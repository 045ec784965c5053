package io.github.camelchat.capi;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated metadata, docs and option validation. */
class CapiMetadataTest {

    private static JsonNode json() throws Exception {
        try (InputStream in = CapiMetadataTest.class.getResourceAsStream("/META-INF/io/github/camelchat/capi/capi.json")) {
            assertThat(in).as("capi.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderIsDescribedAndDocumented() throws Exception {
        JsonNode json = json();
        String adoc = Files.readString(Path.of("src/main/docs/capi-component.adoc"));
        for (String section : List.of("componentProperties", "properties", "headers")) {
            json.get(section).fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> {
                assertThat(e.getValue().path("description").asText()).as(section + "." + e.getKey()).isNotBlank();
                assertThat(adoc).as("docs mention " + e.getKey())
                        .contains(section.equals("headers") ? "`" + e.getKey() + "`" : "*" + e.getKey() + "*");
            });
        }
        assertThat(json.at("/properties/apiKey/secret").asBoolean()).isTrue();
        List<String> options = new ArrayList<>();
        json.get("properties").fieldNames().forEachRemaining(options::add);
        assertThat(options).contains("apiKey", "url", "events", "operation", "includeInitialRoster", "sendTimeout",
                "retryDelay", "queueCapacity", "subprotocol", "rawJson", "sslContextParameters", "bridgeErrorHandler",
                "reconnectDelay", "pingInterval", "idleTimeout", "maxMessageLength");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capi:bot                                         | apiKey",
            "capi:bot?apiKey=k&events=chat                    | events",
            "capi:bot?apiKey=k&operation=shout                | operation",
            "capi:bot?apiKey=k&url=https://example.org        | url",
            "capi:bot?apiKey=k&maxInFlight=0                  | maxInFlight",
            "capi:bot?apiKey=k&whileDisconnected=sometimes    | whileDisconnected",
    })
    void badOptionsFailAtStartNamingTheOption(String uri, String option) {
        assertThatThrownBy(() -> {
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri).to("log:x");
                    }
                });
                context.start();
            }
        }).satisfies(e -> {
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t.getMessage()).append('\n');
            }
            assertThat(all.toString()).contains("Invalid option " + option);
        });
    }
}
