package io.github.camelchat.kamelets;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static io.github.camelchat.kamelets.KameletFiles.list;
import static io.github.camelchat.kamelets.KameletFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The six Kamelet files: their structure, their JSON schema, and how Camel's own YAML loader reads them. */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([A-Za-z][A-Za-z0-9]*)}}");
    private static final List<String> NAMES = KameletFiles.NAMES;

    @Test
    void theModuleShipsExactlyTheSixKamelets() throws URISyntaxException, IOException {
        Path dir = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource("kamelets")).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(NAMES.stream().map(n -> n + ".kamelet.yaml").toList());
        }
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void metadataNamesTheKameletItsTypeAndProvider(String name) {
        Map<String, Object> kamelet = KameletFiles.load(name);
        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = map(kamelet.get("metadata"));
        assertThat(metadata).containsEntry("name", name);
        assertThat(map(metadata.get("labels"))).containsEntry("camel.apache.org/kamelet.type", KameletFiles.type(name));
        Map<String, Object> annotations = map(metadata.get("annotations"));
        assertThat(annotations)
                .containsEntry("camel.apache.org/kamelet.support.level", "Preview")
                .containsEntry("camel.apache.org/provider", "Camel Chat");
        assertThat((String) annotations.get("camel.apache.org/kamelet.group")).isNotBlank();
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void definitionIsAJsonSchemaWithDocumentedProperties(String name) {
        Map<String, Object> definition = map(map(KameletFiles.load(name).get("spec")).get("definition"));
        assertThat((String) definition.get("title")).isNotBlank();
        assertThat((String) definition.get("description")).isNotBlank();
        assertThat(definition).containsEntry("type", "object");
        Map<String, Object> properties = map(definition.get("properties"));
        List<Object> required = list(definition.get("required"));
        assertThat(required).isNotEmpty();
        assertThat(properties).containsKeys(required.toArray(String[]::new));

        properties.forEach((property, value) -> {
            Map<String, Object> schema = map(value);
            assertThat((String) schema.get("title")).as(property).isNotBlank();
            // a whole sentence: catches a description cut short by a stray " #" (a YAML comment)
            assertThat(((String) schema.get("description")).strip()).as(property).endsWith(".");
            assertThat(schema.get("type")).as(property).isIn("string", "boolean", "integer");
            Object def = schema.get("default");
            if (def != null) {
                assertThat(required).as(property + " has a default, so it is not required").doesNotContain(property);
                switch ((String) schema.get("type")) {
                    case "string" -> assertThat(def).as(property).isInstanceOf(String.class);
                    case "boolean" -> assertThat(def).as(property).isInstanceOf(Boolean.class);
                    default -> assertThat(def).as(property).isInstanceOf(Integer.class);
                }
            }
            if (schema.containsKey("enum") && def != null) {
                assertThat(list(schema.get("enum"))).as(property).contains(def);
            }
        });
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void secretsArePasswordsInTheCredentialsGroupAndNothingElseIs(String name) {
        Map<String, Object> definition = map(map(KameletFiles.load(name).get("spec")).get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));
        Set<String> secrets = properties.keySet().stream().filter(KameletFiles.SECRETS::contains)
                .collect(Collectors.toSet());
        assertThat(secrets).as("each Kamelet has exactly one credential").hasSize(1);
        properties.forEach((property, value) -> {
            Map<String, Object> schema = map(value);
            if (secrets.contains(property)) {
                assertThat(schema).as(property).containsEntry("format", "password").doesNotContainKey("default");
                assertThat(list(schema.get("x-descriptors"))).as(property).contains("urn:camel:group:credentials");
            } else {
                assertThat(schema.get("format")).as(property).isNotEqualTo("password");
            }
        });
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void dependenciesNameTheComponentWithTheProjectVersion(String name) {
        List<Object> dependencies = list(map(KameletFiles.load(name).get("spec")).get("dependencies"));
        String coordinates = "mvn:" + KameletFiles.project("groupId") + ":camel-" + KameletFiles.scheme(name) + ":"
                             + KameletFiles.project("version");
        assertThat(dependencies).contains("camel:kamelet", coordinates);
        assertThat(dependencies.stream().map(String::valueOf).filter(d -> d.startsWith("mvn:")))
                .as("no other (or other-versioned) Maven dependency").containsExactly(coordinates);
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void templateWiresTheComponentBetweenTheKameletEnds(String name) {
        Map<String, Object> spec = map(KameletFiles.load(name).get("spec"));
        Map<String, Object> from = map(map(spec.get("template")).get("from"));
        List<Object> steps = list(from.get("steps"));
        String scheme = KameletFiles.scheme(name) + ":";
        if ("source".equals(KameletFiles.type(name))) {
            assertThat((String) from.get("uri")).startsWith(scheme);
            assertThat(map(from.get("parameters"))).as("sources emit the server's JSON").containsEntry("rawJson", true);
            assertThat(map(map(spec.get("types")).get("out"))).containsEntry("mediaType", "application/json");
            assertThat(map(steps.get(steps.size() - 1))).containsEntry("to", "kamelet:sink");
        } else {
            assertThat(from).containsEntry("uri", "kamelet:source");
            assertThat(steps).hasSize(1);
            assertThat((String) map(map(steps.get(0)).get("to")).get("uri")).startsWith(scheme);
        }
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void everyPropertyIsUsedAndOptionalOnesUseOptionalPlaceholders(String name) {
        Map<String, Object> spec = map(KameletFiles.load(name).get("spec"));
        Map<String, Object> definition = map(spec.get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));
        List<Object> required = list(definition.get("required"));

        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(String.valueOf(spec.get("template")));
        while (m.find()) {
            String property = m.group(2);
            boolean optional = m.group(1) != null;
            used.add(property);
            assertThat(properties).as("placeholder {{%s}} is a declared property", property).containsKey(property);
            boolean mandatory = required.contains(property) || map(properties.get(property)).containsKey("default");
            assertThat(optional).as("{{%s%s}}: optional placeholders exactly for properties that may be unset",
                    optional ? "?" : "", property).isEqualTo(!mandatory);
        }
        assertThat(used).as("every property reaches the component").isEqualTo(new TreeSet<>(properties.keySet()));
    }

    @Test
    void camelsYamlLoaderTurnsEachKameletIntoARouteTemplateWithTheSchemasParameters() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            for (String name : NAMES) {
                PluginHelper.getRoutesLoader(context).loadRoutes(
                        PluginHelper.getResourceLoader(context).resolveResource("classpath:" + KameletFiles.location(name)));
            }
            ModelCamelContext model = context;
            for (String name : NAMES) {
                RouteTemplateDefinition template = model.getRouteTemplateDefinition(name);
                assertThat(template).as(name).isNotNull();
                Map<String, Object> definition = map(map(KameletFiles.load(name).get("spec")).get("definition"));
                Map<String, Object> properties = map(definition.get("properties"));
                List<Object> required = list(definition.get("required"));
                Map<String, RouteTemplateParameterDefinition> parameters = template.getTemplateParameters().stream()
                        .collect(Collectors.toMap(RouteTemplateParameterDefinition::getName, p -> p));
                assertThat(parameters.keySet()).as(name).containsExactlyInAnyOrderElementsOf(properties.keySet());
                properties.forEach((property, value) -> {
                    RouteTemplateParameterDefinition parameter = parameters.get(property);
                    Object def = map(value).get("default");
                    assertThat(parameter.getDefaultValue()).as(name + "." + property)
                            .isEqualTo(def == null ? null : String.valueOf(def));
                    assertThat(parameter.isRequired()).as(name + "." + property)
                            .isEqualTo(required.contains(property));
                });
            }
        }
    }
}
