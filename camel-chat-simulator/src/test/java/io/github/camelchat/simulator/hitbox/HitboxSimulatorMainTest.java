package io.github.camelchat.simulator.hitbox;

import java.util.List;

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

    @Test
    void tlsServesAGeneratedCertificateForTheLoopbackNames() throws Exception {
        var certificate = HitboxSimulatorMain.parse(new String[] {"--tls"}).tls().orElseThrow();
        assertThat(certificate.certificate().getSubjectAlternativeNames())
                .contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(HitboxSimulatorMain.parse(new String[0]).tls()).isEmpty();
    }
}
