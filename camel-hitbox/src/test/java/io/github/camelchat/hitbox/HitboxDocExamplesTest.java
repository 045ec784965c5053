package io.github.camelchat.hitbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.DocExamples;
import io.github.camelchat.hitbox.support.HitboxTestSupport;
import io.github.camelchat.simulator.hitbox.ChatLine;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML examples of hitbox-component.adoc, run as written against the simulator. */
class HitboxDocExamplesTest extends HitboxTestSupport {

    private final Path logDir = Path.of("target", "doc-examples-" + System.nanoTime());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        camelContext.getComponent("hitbox", HitboxComponent.class).setServersUrl(simulator.serversUrl());
        Properties properties = new Properties();
        properties.put("hitbox.name", bot.name());
        properties.put("hitbox.token", bot.token());
        properties.put("chat.log.dir", logDir.toString());
        camelContext.getPropertiesComponent().setOverrideProperties(properties);
        return camelContext;
    }

    @Test
    void theDocumentedRoutesWorkAsWritten() throws Exception {
        List<String> examples = DocExamples.yamlBlocks(Path.of("src/main/docs/hitbox-component.adoc"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < examples.size(); i++) {
            DocExamples.load(context, "hitbox-example-" + i, examples.get(i));
        }
        await().atMost(15, TimeUnit.SECONDS).until(() -> context.getRoutes().stream()
                .map(r -> (HitboxConsumer) r.getConsumer())
                .allMatch(c -> c.getSession() != null && c.getSession().getState() == SessionState.READY));

        Viewer erin = simulator.viewer("Erin", Role.ANON);
        simulator.joinViewer(erin, "mychannel");
        simulator.chat(erin, "mychannel", "!ping");
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.chatLog("mychannel").stream()
                .map(ChatLine::text).anyMatch("@Erin pong"::equals));

        simulator.directMsg(erin, bot.name(), "hello bot");
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.inbox(erin.name()).stream()
                .anyMatch(l -> l.text().equals("I read every message, eventually.")));

        simulator.chat(erin, "otherchannel", "logged line");
        Path log = logDir.resolve("hitbox.jsonl");
        await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(log)
                && Files.readString(log).contains("logged line"));
        assertThat(Files.readAllLines(log)).allSatisfy(line -> assertThat(line).contains("\"method\":\"chatMsg\""));
    }
}
