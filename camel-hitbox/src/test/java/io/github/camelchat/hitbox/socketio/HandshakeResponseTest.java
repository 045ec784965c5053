package io.github.camelchat.hitbox.socketio;

import io.github.camelchat.hitbox.model.Frames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandshakeResponseTest {

    @Test
    void liveExample() {
        HandshakeResponse r = HandshakeResponse.parse(Frames.load("handshake.txt"));
        assertThat(r.sid()).isEqualTo("7_wKSaZndijMFrJYCziZ");
        assertThat(r.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(r.closeTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(r.transports()).containsExactly("websocket");
        assertThat(r.supports("websocket")).isTrue();
        assertThat(r.supports(HandshakeResponse.WEBSOCKET)).isTrue();
        assertThat(r.supports("WebSocket")).isTrue();
        assertThat(r.supports("xhr-polling")).isFalse();
        assertThat(r.encode()).isEqualTo("7_wKSaZndijMFrJYCziZ:60:60:websocket");
    }

    @Test
    void emptyHeartbeatMeansNoneAndTrailingNewlineIsIgnored() {
        HandshakeResponse r = HandshakeResponse.parse(Frames.load("handshake-no-heartbeat.txt") + "\r\n");
        assertThat(r.heartbeatTimeout()).isNull();
        assertThat(r.closeTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(r.transports()).containsExactly("websocket", "xhr-polling");
        assertThat(r.supports("xhr-polling")).isTrue();
        assertThat(HandshakeResponse.parse("abc:25::").closeTimeout()).isNull();
        assertThat(HandshakeResponse.parse("abc:25::").transports()).isEmpty();
        assertThat(HandshakeResponse.parse("abc:25::").supports("websocket")).isFalse();
        assertThat(HandshakeResponse.parse("abc:::").encode()).isEqualTo("abc:::");
    }

    @Test
    void socketIoDefaults() {
        HandshakeResponse r = HandshakeResponse.parse("4d4f185e96a7b:60:60:websocket,htmlfile,xhr-polling,"
                + "jsonp-polling,flashsocket");
        assertThat(r.transports()).hasSize(5).first().isEqualTo("websocket");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "sid", "sid:60:60", "sid:60:60:websocket:extra", ":60:60:websocket",
            "sid:sixty:60:websocket", "sid:60:-1:websocket", "sid:1.5:60:websocket",
            "sid:9999999999:60:websocket", "a/b:60:60:websocket", "a b:60:60:websocket", "a?b:60:60:websocket",
            "<html><body>503</body></html>"})
    void malformedBodies(String body) {
        assertThatThrownBy(() -> HandshakeResponse.parse(body))
                .isInstanceOfSatisfying(SioDecodeException.class, e -> {
                    assertThat(e.reason()).isNotBlank();
                    assertThat(e.excerpt()).hasSizeLessThanOrEqualTo(120);
                });
    }

    @Test
    void clearMessages() {
        assertThatThrownBy(() -> HandshakeResponse.parse("sid:60:60"))
                .hasMessageContaining("expected sid:heartbeatTimeout:closeTimeout:transports but found 3 fields");
        assertThatThrownBy(() -> HandshakeResponse.parse("sid:x:60:websocket"))
                .hasMessageContaining("heartbeat timeout is not a whole number of seconds");
        assertThatThrownBy(() -> HandshakeResponse.parse("sid:60:x:websocket"))
                .hasMessageContaining("close timeout");
        assertThatThrownBy(() -> HandshakeResponse.parse(":60:60:websocket"))
                .hasMessageContaining("session id is empty");
        assertThatThrownBy(() -> HandshakeResponse.parse(Frames.load("handshake-engineio.txt")))
                .hasMessageContaining("Engine.IO");
        assertThatThrownBy(() -> HandshakeResponse.parse("<html>"))
                .hasMessageContaining("HTML");
        assertThatThrownBy(() -> HandshakeResponse.parse(null)).isInstanceOf(SioDecodeException.class);
        assertThatThrownBy(() -> HandshakeResponse.parse("x".repeat(5000)))
                .isInstanceOfSatisfying(SioDecodeException.class,
                        e -> assertThat(e.getMessage().length()).isLessThan(300));
    }

    @Test
    void recordValidatesAndCopies() {
        assertThatThrownBy(() -> new HandshakeResponse("", null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        HandshakeResponse r = new HandshakeResponse("abc", null, null, null);
        assertThat(r.transports()).isEmpty();
    }

    @Test
    void toStringShortensTheSid() {
        HandshakeResponse r = HandshakeResponse.parse(Frames.load("handshake.txt"));
        assertThat(r.toString()).doesNotContain("7_wKSaZndijMFrJYCziZ").contains("7_wK");
    }
}
