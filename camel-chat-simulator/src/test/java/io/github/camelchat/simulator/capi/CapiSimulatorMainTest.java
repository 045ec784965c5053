package io.github.camelchat.simulator.capi;

import java.util.List;

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

    @Test
    void tlsServesAGeneratedCertificateForTheLoopbackNames() throws Exception {
        var certificate = CapiSimulatorMain.parse(new String[] {"--tls"}).options().tls().orElseThrow();
        assertThat(certificate.certificate().getSubjectAlternativeNames())
                .contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(CapiSimulatorMain.parse(new String[0]).options().tls()).isEmpty();
    }
}
