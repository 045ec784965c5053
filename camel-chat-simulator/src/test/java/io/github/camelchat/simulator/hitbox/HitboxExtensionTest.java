package io.github.camelchat.simulator.hitbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class HitboxExtensionTest {

    @RegisterExtension
    static final HitboxSimulatorExtension HITBOX = new HitboxSimulatorExtension(HitboxSimulatorOptions.defaults()
            .port(12345).backlogSize(2));

    @Test
    void runsOnAFreePortWithTheOptions(HitboxSimulator sim) {
        assertThat(sim).isSameAs(HITBOX.simulator());
        assertThat(sim.port()).isPositive().isNotEqualTo(12345);
        assertThat(sim.options().backlogSize()).isEqualTo(2);
        assertThat(HitboxClient.get(sim.serversUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void accountToStringMasksTheToken(HitboxSimulator sim) {
        Account account = sim.addAccount("Secretive", "0123456789abcdef", Role.ANON);
        assertThat(account.toString()).doesNotContain("0123456789abcdef").contains("01****");
        assertThat(Tokens.maskIn("{\"token\":\"0123456789abcdef\",\"name\":\"x\"}"))
                .isEqualTo("{\"token\":\"****\",\"name\":\"x\"}");
    }
}
