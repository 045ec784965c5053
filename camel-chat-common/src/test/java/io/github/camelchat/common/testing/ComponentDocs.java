package io.github.camelchat.common.testing;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks shared by the component modules: generated metadata, docs, and option validation at route start. */
public final class ComponentDocs {

    private ComponentDocs() {
    }

    /** Reads the generated {@code <scheme>.json} from the classpath. */
    public static JsonNode metadata(String resource) throws Exception {
        try (InputStream in = ComponentDocs.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /**
     * Every option and header in the metadata has a description, and the component's adoc names each of them (options
     * as {@code *name*} in the tables, headers as {@code `name`}).
     */
    public static void assertEverythingDocumented(JsonNode metadata, Path adoc) throws Exception {
        String doc = Files.readString(adoc);
        for (String section : List.of("componentProperties", "properties", "headers")) {
            metadata.get(section).fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> {
                assertThat(e.getValue().path("description").asText()).as(section + "." + e.getKey()).isNotBlank();
                assertThat(doc).as("docs mention " + e.getKey())
                        .contains(section.equals("headers") ? "`" + e.getKey() + "`" : "*" + e.getKey() + "*");
            });
        }
    }

    /** The endpoint option names of the metadata. */
    public static List<String> optionNames(JsonNode metadata) {
        List<String> names = new ArrayList<>();
        metadata.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Starting a route from {@code uri} fails, and some message in the cause chain names {@code option}. */
    public static void assertStartFailsNaming(String uri, String option) {
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
