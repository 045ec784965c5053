package io.github.camelchat.hitbox.socketio;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SioUrisTest {

    @Test
    void handshakeFromServerListEntry() {
        assertThat(SioUris.handshakeUri("127.0.0.1:8080", 1426785188123L))
                .isEqualTo(URI.create("http://127.0.0.1:8080/socket.io/1/?t=1426785188123"));
        assertThat(SioUris.handshakeUri("ec2-54-87-229-245.compute-1.amazonaws.com", 5))
                .isEqualTo(URI.create("http://ec2-54-87-229-245.compute-1.amazonaws.com/socket.io/1/?t=5"));
    }

    @Test
    void handshakeFromUrls() {
        assertThat(SioUris.handshakeUri("http://host", 1)).hasToString("http://host/socket.io/1/?t=1");
        assertThat(SioUris.handshakeUri("http://host/", 1)).hasToString("http://host/socket.io/1/?t=1");
        assertThat(SioUris.handshakeUri("https://host:8443", 1)).hasToString("https://host:8443/socket.io/1/?t=1");
        assertThat(SioUris.handshakeUri("wss://host", 1)).hasToString("https://host/socket.io/1/?t=1");
        assertThat(SioUris.handshakeUri("ws://host", 1)).hasToString("http://host/socket.io/1/?t=1");
        assertThat(SioUris.handshakeUri("HTTPS://host/prefix/", 1))
                .hasToString("https://host/prefix/socket.io/1/?t=1");
        assertThat(SioUris.handshakeUri(URI.create("http://host/?a=b%20c"), 7))
                .hasToString("http://host/socket.io/1/?a=b%20c&t=7");
        assertThat(SioUris.handshakeUri("[::1]:9000", 1)).hasToString("http://[::1]:9000/socket.io/1/?t=1");
    }

    @Test
    void websocket() {
        assertThat(SioUris.websocketUri("127.0.0.1:8080", "7_wKSaZndijMFrJYCziZ"))
                .isEqualTo(URI.create("ws://127.0.0.1:8080/socket.io/1/websocket/7_wKSaZndijMFrJYCziZ"));
        assertThat(SioUris.websocketUri("http://host", "abc")).hasToString("ws://host/socket.io/1/websocket/abc");
        assertThat(SioUris.websocketUri("https://host", "abc")).hasToString("wss://host/socket.io/1/websocket/abc");
        assertThat(SioUris.websocketUri("ws://host:81", "abc"))
                .hasToString("ws://host:81/socket.io/1/websocket/abc");
        assertThat(SioUris.websocketUri("wss://host", "abc")).hasToString("wss://host/socket.io/1/websocket/abc");
        assertThat(SioUris.websocketUri(URI.create("https://fallback.ws.smashcast.tv/p?x=1"), "a-b_c"))
                .hasToString("wss://fallback.ws.smashcast.tv/p/socket.io/1/websocket/a-b_c?x=1");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> SioUris.websocketUri("http://host", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SioUris.websocketUri("http://host", "a/b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SioUris.websocketUri("http://host", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SioUris.handshakeUri("ftp://host", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp");
        assertThatThrownBy(() -> SioUris.handshakeUri("  ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SioUris.handshakeUri(URI.create("http:/path"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SioUris.handshakeUri("http://ho st", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
