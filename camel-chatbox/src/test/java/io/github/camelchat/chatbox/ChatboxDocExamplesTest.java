package io.github.camelchat.chatbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import io.github.camelchat.common.testing.DocExamples;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML examples of chatbox-component.adoc, run as written against the simulator. */
class ChatboxDocExamplesTest extends ChatboxTestSupport {

    private final Path logDir = Path.of("target", "doc-examples-" + System.nanoTime());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        camelContext.getComponent("chatbox", ChatboxComponent.class).setUrl(simulator.baseUrl());
        Properties properties = new Properties();
        properties.put("chatbox.license-key", license.key());
        properties.put("chat.log.dir", logDir.toString());
        camelContext.getPropertiesComponent().setOverrideProperties(properties);
        return camelContext;
    }

    @Test
    void theDocumentedRoutesWorkAsWritten() throws Exception {
        List<String> examples = DocExamples.yamlBlocks(Path.of("src/main/docs/chatbox-component.adoc"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < examples.size(); i++) {
            DocExamples.load(context, "chatbox-example-" + i, examples.get(i));
        }
        ChatboxEndpoint endpoint = context.getEndpoints().stream().filter(ChatboxEndpoint.class::isInstance)
                .map(ChatboxEndpoint.class::cast).findFirst().orElseThrow();
        await().atMost(10, TimeUnit.SECONDS).until(() -> endpoint.getHello() != null);

        Player steve = simulator.player("Steve");
        simulator.join(steve);
        try {
            await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.deliveries().stream()
                    .anyMatch(d -> d.licenseKey().equals(license.key()) && "&aWelcome, Steve!".equals(d.rawText())
                            && "format".equals(d.mode())));

            simulator.chat(steve, "\\ping");
            await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.inbox(steve).stream().anyMatch(l -> l.contains("pong")));

            simulator.chat(steve, "logged line");
            Path log = logDir.resolve("chat.jsonl");
            await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(log)
                    && Files.readString(log).contains("\"text\":\"logged line\""));
            assertThat(Files.readAllLines(log)).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        } finally {
            simulator.leave(steve);
        }
        assertThat(simulator.deliveries().stream().filter(d -> d.licenseKey().equals(license.key()))
                .map(Delivery::type)).contains("say", "tell");
    }
}
