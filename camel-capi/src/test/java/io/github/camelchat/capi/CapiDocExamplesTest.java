package io.github.camelchat.capi;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.capi.support.CapiTestSupport;
import io.github.camelchat.common.testing.DocExamples;
import io.github.camelchat.simulator.capi.ChannelLine;
import io.github.camelchat.simulator.capi.ChannelUser;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML examples of capi-component.adoc, run as written against the simulator. */
class CapiDocExamplesTest extends CapiTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        camelContext.getComponent("capi", CapiComponent.class).setUrl(simulator.url());
        Properties properties = new Properties();
        properties.put("capi.api-key", bot.apiKey());
        camelContext.getPropertiesComponent().setOverrideProperties(properties);
        return camelContext;
    }

    @Test
    void theDocumentedRoutesWorkAsWritten() throws Exception {
        ChannelUser early = simulator.join(channel, simulator.user("Early" + channel.hashCode()));
        List<String> examples = DocExamples.yamlBlocks(Path.of("src/main/docs/capi-component.adoc"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < examples.size(); i++) {
            DocExamples.load(context, "capi-example-" + i, examples.get(i));
        }
        CapiEndpoint endpoint = context.getEndpoints().stream().filter(CapiEndpoint.class::isInstance)
                .map(CapiEndpoint.class::cast).findFirst().orElseThrow();
        await().atMost(10, TimeUnit.SECONDS).until(() -> endpoint.getMembers().stream()
                .anyMatch(m -> early.toonName().equals(m.toonName())));

        ChannelUser newcomer = simulator.join(channel, simulator.user("Newcomer" + channel.hashCode()));
        await().atMost(10, TimeUnit.SECONDS).until(() -> said().contains("Welcome, " + newcomer.toonName() + "!"));
        assertThat(said()).as("the member listing is not greeted").doesNotContain("Welcome, " + early.toonName() + "!");

        simulator.whisperBot(newcomer, "are you a bot?");
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.whispersTo(newcomer).contains("I am a bot."));

        simulator.say(early, "buy spam here");
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.members(channel).stream()
                .noneMatch(u -> u.toonName().equals(early.toonName())));
    }

    private List<String> said() {
        return simulator.channelLog().stream().filter(l -> l.channel().equals(channel)).map(ChannelLine::text).toList();
    }
}
