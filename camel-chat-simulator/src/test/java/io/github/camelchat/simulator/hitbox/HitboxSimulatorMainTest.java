package io.github.camelchat.simulator.hitbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitboxSimulatorMainTest {

    @Test
    void parsesThePort() {
        assertThat(HitboxSimulatorMain.parse(new String[] {"--port", "8123"}).port()).isEqualTo(8123);
        assertThat(HitboxSimulatorMain.parse(new String[0]).port()).isZero();
    }

    @Test
    void rejectsUnknownArguments() {
        assertThatThrownBy(() -> HitboxSimulatorMain.parse(new String[] {"--tick-ms", "5"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HitboxSimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
