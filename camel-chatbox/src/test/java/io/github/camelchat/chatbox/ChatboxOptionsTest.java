package io.github.camelchat.chatbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.common.testing.ComponentDocs;
import io.github.camelchat.common.testing.LogCapture;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.License;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Option validation, secret masking and the generated metadata, each with its own CamelContext. */
class ChatboxOptionsTest {

    private static ChatboxSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = ChatboxSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "events=chat_ingmae                 | events",
            "confirmOn=never                    | confirmOn",
            "operation=shout                    | operation",
            "mode=html                          | mode",
            "whileDisconnected=later            | whileDisconnected",
            "queueCapacity=0                    | queueCapacity",
            "url=http://example.org/v2          | url",
            "maxReconnectDelay=10               | maxReconnectDelay",
            "sendTimeout=0                      | sendTimeout",
    })
    void badOptionFailsAtStartNamingIt(String option, String name) {
        String uri = "chatbox:Bot?licenseKey=" + java.util.UUID.randomUUID() + "&" + option
                     + (option.startsWith("url=") ? "" : "&url=" + simulator.baseUrl());
        assertStartFails(uri, name);
    }

    @Test
    void licenseKeyIsRequiredUnlessGuest() throws Exception {
        assertStartFails("chatbox:Bot?url=" + simulator.baseUrl(), "licenseKey");
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(route("chatbox:Guest?guest=true&url=" + simulator.baseUrl()));
            context.start();
            assertThat(context.getRouteController().getRouteStatus("r").isStarted()).isTrue();
        }
    }

    @Test
    void durationsAcceptCamelSyntax() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            ChatboxEndpoint endpoint = context.getEndpoint("chatbox:Bot?licenseKey=k&sendTimeout=45s&pingInterval=1m",
                    ChatboxEndpoint.class);
            assertThat(endpoint.getConfiguration().getSendTimeout()).isEqualTo(45_000);
            assertThat(endpoint.getConfiguration().getPingInterval()).isEqualTo(60_000);
        }
    }

    private static void assertStartFails(String uri, String optionName) {
        ComponentDocs.assertStartFailsNaming(uri, optionName);
    }

    @Test
    void licenseKeyNeverAppearsInLogsExceptionsUrisOrHealth() throws Exception {
        License real = simulator.addLicense("Secretive", Capability.values());
        String unknown = java.util.UUID.randomUUID().toString();
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = LogCapture.attach(); CamelContext context = new DefaultCamelContext()) {
            String good = "chatbox:Bot?licenseKey=" + real.key() + "&url=" + simulator.baseUrl() + "&reconnectDelay=50";
            String bad = "chatbox:Bad?licenseKey=" + unknown + "&url=" + simulator.baseUrl();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(good).routeId("good").to("log:events?showAll=true");
                    from(bad).routeId("bad").to("log:bad");
                }
            });
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            registry.register(registry.resolveById("consumers"));
            context.start();
            ChatboxEndpoint endpoint = context.getEndpoint(good, ChatboxEndpoint.class);
            await().until(() -> endpoint.getHello() != null);
            // traffic, a failed send, a reconnect and a fatal close all produce log lines
            context.createProducerTemplate().sendBody(good, "hello");
            org.apache.camel.Exchange failed = context.createProducerTemplate().request(bad, e -> e.getIn().setBody("x"));
            texts.add(String.valueOf(failed.getException()));
            simulator.closeAll(4006, "fatal_error");
            await().until(() -> simulator.openConnections() == 1 && endpoint.getHello() != null);
            for (Endpoint e : context.getEndpoints()) {
                texts.add(e.toString());
            }
            texts.add(endpoint.getConfiguration().toString());
            texts.add(endpoint.maskedUri());
            await().until(() -> HealthCheckHelper.invokeReadiness(context, "full").size() >= 2);
            for (HealthCheck.Result result : HealthCheckHelper.invokeReadiness(context, "full")) {
                texts.add(result.getCheck().getId());
                texts.add(String.valueOf(result.getMessage()));
                texts.add(String.valueOf(result.getDetails()));
                texts.add(String.valueOf(result.getError()));
            }
            texts.add(logs.all());
            assertThat(logs.all()).contains("Chat session").contains("xxxxxx");
            assertThat(String.join("\n", texts)).contains("unknown_license_key").contains("consumer:bad");
        }
        List<String> leaks = String.join("\n", texts).lines()
                .filter(line -> line.contains(real.key()) || line.contains(unknown)).toList();
        assertThat(leaks).as("lines showing a license key").isEmpty();
        assertThat(texts).anyMatch(t -> t.contains("licenseKey=xxxxxx"));
    }

    @Test
    void generatedMetadataDocumentsEveryOptionAndHeader() throws Exception {
        JsonNode json = ComponentDocs.metadata("/META-INF/io/github/camelchat/chatbox/chatbox.json");
        assertThat(json.at("/component/scheme").asText()).isEqualTo("chatbox");
        assertThat(json.at("/component/syntax").asText()).isEqualTo("chatbox:name");
        ComponentDocs.assertEverythingDocumented(json, java.nio.file.Path.of("src/main/docs/chatbox-component.adoc"));
        assertThat(json.at("/properties/licenseKey/secret").asBoolean()).isTrue();
        assertThat(json.at("/componentProperties/licenseKey/secret").asBoolean()).isTrue();
        assertThat(ComponentDocs.optionNames(json)).contains("name", "licenseKey", "url", "guest", "events", "operation",
                "user", "mode", "confirmOn", "sendTimeout", "queueCapacity", "rawJson", "sslContextParameters",
                "bridgeErrorHandler", "exchangePattern", "reconnectDelay", "pingInterval", "idleTimeout");
        List<String> headers = new ArrayList<>();
        json.get("headers").fieldNames().forEachRemaining(headers::add);
        assertThat(headers).contains(ChatboxConstants.EVENT_TYPE, ChatboxConstants.SENDER_NAME,
                ChatboxConstants.SENDER_UUID, ChatboxConstants.SENDER_DISPLAY_NAME, ChatboxConstants.TEXT,
                ChatboxConstants.COMMAND, ChatboxConstants.COMMAND_ARGS, ChatboxConstants.OWNER_ONLY,
                ChatboxConstants.TIME, ChatboxConstants.OPERATION, ChatboxConstants.USER, ChatboxConstants.NAME,
                ChatboxConstants.MODE);
    }

    private static RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("r").to("log:x");
            }
        };
    }
}
