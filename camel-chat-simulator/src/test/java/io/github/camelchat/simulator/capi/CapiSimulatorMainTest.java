package io.github.camelchat.simulator.capi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapiSimulatorMainTest {

    @Test
    void parsesArguments() {
        CapiSimulatorMain.Settings settings = CapiSimulatorMain.parse(new String[] {
                "--port", "25581", "--account", "Camel", "--channel", "Op Camel", "--spec-shape", "--success-status"});
        assertThat(settings.account()).isEqualTo("Camel");
        assertThat(settings.options().port()).isEqualTo(25581);
        assertThat(settings.options().channel()).isEqualTo("Op Camel");
        assertThat(settings.options().updateShape()).isEqualTo(UpdateShape.SPEC);
        assertThat(settings.options().sendSuccessStatus()).isTrue();
        CapiSimulatorMain.Settings defaults = CapiSimulatorMain.parse(new String[0]);
        assertThat(defaults.options().port()).isZero();
        assertThat(defaults.account()).isEqualTo("SimBot");
        assertThatThrownBy(() -> CapiSimulatorMain.parse(new String[] {"--bogus"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapiSimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
