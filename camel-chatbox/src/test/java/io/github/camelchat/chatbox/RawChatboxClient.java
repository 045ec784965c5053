package io.github.camelchat.chatbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** A bare JDK WebSocket client on the same license, to play "another bot" in tests. */
final class RawChatboxClient implements AutoCloseable {

    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private final StringBuilder partial = new StringBuilder();

    private RawChatboxClient(String url) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
    }

    static RawChatboxClient connect(String url) {
        return new RawChatboxClient(url);
    }

    void awaitHello() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> frames.stream().anyMatch(f -> f.contains("\"hello\"")));
    }

    void awaitQueued(int count) {
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> frames.stream().filter(f -> f.contains("message_queued")).count() >= count);
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    List<String> received() {
        return frames;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
