package io.github.camelchat.common.session;

import io.github.camelchat.common.send.SendPolicy;
import io.github.camelchat.common.send.WhileDisconnected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The other settings records refuse nonsense and fill in defaults for nulls. */
class PolicyValidationTest {

    @Test
    void keepaliveRejectsNegativeIntervals() {
        assertThatThrownBy(() -> new KeepalivePolicy(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keepalive");
        assertThatThrownBy(() -> new KeepalivePolicy(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keepalive");
        assertThat(new KeepalivePolicy(0, 0).pingIntervalMillis()).isZero();
    }

    @Test
    void sendPolicyRejectsBadBounds() {
        assertThatThrownBy(() -> new SendPolicy(0, 0, 1, 1000, 0, WhileDisconnected.WAIT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queueCapacity");
        assertThatThrownBy(() -> new SendPolicy(1, 0, 0, 1000, 0, WhileDisconnected.WAIT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInFlight");
        assertThatThrownBy(() -> new SendPolicy(1, -1, 1, 1000, 0, WhileDisconnected.WAIT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intervals");
        assertThatThrownBy(() -> new SendPolicy(1, 0, 1, 1000, -1, WhileDisconnected.WAIT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intervals");
        assertThatThrownBy(() -> new SendPolicy(1, 0, 1, 0, 0, WhileDisconnected.WAIT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sendTimeout");
        assertThat(new SendPolicy(1, 0, 1, 1000, 0, null, true).whileDisconnected()).isEqualTo(WhileDisconnected.WAIT);
    }

    @Test
    void sessionSettingsRequirePositiveHandshakeTimeoutAndDefaultTheRest() {
        assertThatThrownBy(() -> new SessionSettings(0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handshakeTimeout");
        SessionSettings settings = new SessionSettings(1, null, null, null);
        assertThat(settings.reconnect()).isEqualTo(ReconnectPolicy.defaults());
        assertThat(settings.keepalive()).isEqualTo(KeepalivePolicy.defaults());
        assertThat(settings.send()).isEqualTo(SendPolicy.defaults());
    }
}
