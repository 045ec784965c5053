package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatboxSimulatorMainTest {

    @Test
    void parsesPortAndTick() {
        ChatboxSimulatorOptions options = ChatboxSimulatorMain.parse(new String[] {"--port", "25580", "--tick-ms", "10"});
        assertThat(options.port()).isEqualTo(25580);
        assertThat(options.tick()).isEqualTo(Duration.ofMillis(10));
        assertThat(ChatboxSimulatorMain.parse(new String[0]).port()).isZero();
        assertThatThrownBy(() -> ChatboxSimulatorMain.parse(new String[] {"--bogus"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatboxSimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tlsServesAGeneratedCertificateForTheLoopbackNames() throws Exception {
        var certificate = ChatboxSimulatorMain.parse(new String[] {"--tls"}).tls().orElseThrow();
        assertThat(certificate.certificate().getSubjectAlternativeNames())
                .contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(ChatboxSimulatorMain.parse(new String[0]).tls()).isEmpty();
    }
}
