package io.github.camelchat.simulator.capi;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class CapiExtensionTest {

    @RegisterExtension
    static final CapiSimulatorExtension CAPI =
            new CapiSimulatorExtension(CapiSimulatorOptions.defaults().sendSuccessStatus(true).port(12346));

    @Test
    void perClassSimulatorOnAFreeLoopbackPort(CapiSimulator injected) {
        CapiSimulator sim = CAPI.simulator();
        assertThat(injected).isSameAs(sim);
        assertThat(sim.port()).as("the extension always picks a free port").isNotEqualTo(12346).isPositive();
        assertThat(sim.options().sendSuccessStatus()).isTrue();
        BotAccount bot = sim.addBot("ExtBot", "Op Ext");
        try (CapiClient client = CapiClient.connect(sim.url())) {
            assertThat(CapiClient.status(client.call("Botapiauth.AuthenticateRequest", 1,
                    "{\"api_key\":\"" + bot.apiKey() + "\"}"))).isEqualTo("0/0");
        }
    }

    @Nested
    class PerTest {

        @RegisterExtension
        final CapiSimulatorExtension perTest = new CapiSimulatorExtension();

        @Test
        void freshSimulatorPerTest() {
            assertThat(perTest.simulator()).isNotSameAs(CAPI.simulator());
            assertThat(perTest.simulator().bots()).isEmpty();
            assertThat(perTest.simulator().defaultChannel()).isEqualTo("Op Lodle");
        }
    }
}
