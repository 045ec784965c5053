package io.github.camelchat.common.testing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.session.ChatProtocol;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.transport.ConnectRequest;

/**
 * A tiny line protocol for driving a session from tests.
 * <ul>
 * <li>handshake: ready when the server sends {@code hello}</li>
 * <li>{@code ack:N} / {@code ack:N:reply} acknowledges key N (reply defaults to {@code ok:N}); {@code nack:N} rejects
 * it; {@code retry:N} asks to retry it</li>
 * <li>{@code evt:X} emits X; {@code evts:X,Y,Z} emits several events from one frame</li>
 * <li>{@code bad} throws (a malformed frame); {@code reconnect:R} / {@code fail:R} call the link</li>
 * <li>{@code later-ack:N:D} / {@code later-reconnect:D} do the same from a timer on the link's scheduler, D ms later</li>
 * </ul>
 * {@code encode} writes {@code msg:SEQ:TEXT} with the sequence as correlation key (or none, or a constant one);
 * non-String messages cannot be encoded. Close codes: 4000 retry after 5000 ms, 4002 fatal, anything else retry.
 */
public final class TestProtocol implements ChatProtocol<String> {

    public static final String SECRET = "s3cr3t-license-key";
    public static final URI URI_WITH_SECRET = URI.create("wss://chat.test/v2/" + SECRET);
    public static final String DISPLAY_URI = "wss://chat.test/v2/xxxxxx";
    public static final long BUSY_RETRY_AFTER = 5000;

    /** Which correlation key {@code encode} gives. */
    public enum KeyMode {
        SEQUENCE,
        NONE,
        CONSTANT
    }

    private volatile KeyMode keyMode = KeyMode.SEQUENCE;
    private volatile RuntimeException connectRequestFailure;
    private volatile String greeting;
    private final List<ProtocolLink<String>> links = new CopyOnWriteArrayList<>();
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final List<Boolean> ackResults = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public TestProtocol keyMode(KeyMode mode) {
        this.keyMode = mode;
        return this;
    }

    /** Makes {@link #connectRequest()} throw this. */
    public TestProtocol failConnectRequestWith(RuntimeException e) {
        this.connectRequestFailure = e;
        return this;
    }

    /** A frame the protocol writes through the link as soon as a socket opens. */
    public TestProtocol greeting(String text) {
        this.greeting = text;
        return this;
    }

    @Override
    public CompletableFuture<ConnectRequest> connectRequest() {
        RuntimeException failure = connectRequestFailure;
        if (failure != null) {
            throw failure;
        }
        return CompletableFuture.completedFuture(
                ConnectRequest.of(URI_WITH_SECRET, DISPLAY_URI, Duration.ofSeconds(5)));
    }

    @Override
    public void onOpen(ProtocolLink<String> link) {
        calls.add("open");
        links.add(link);
        if (greeting != null) {
            link.send(greeting);
        }
    }

    @Override
    public void onText(String frame, ProtocolLink<String> link) {
        calls.add("text:" + frame);
        frames.add(frame);
        String[] parts = frame.split(":", 3);
        switch (parts[0]) {
            case "hello" -> link.ready();
            case "ack" -> ackResults.add(link.acknowledge(Long.parseLong(parts[1]),
                    parts.length > 2 ? parts[2] : "ok:" + parts[1]));
            case "nack" -> ackResults.add(link.reject(Long.parseLong(parts[1]),
                    new ChatException(ChatException.Reason.REJECTED, "server refused " + parts[1])));
            case "retry" -> ackResults.add(link.retry(Long.parseLong(parts[1]),
                    new IllegalStateException("slow down " + parts[1])));
            case "evt" -> link.emit(frame.substring("evt:".length()));
            case "evts" -> {
                for (String event : frame.substring("evts:".length()).split(",")) {
                    link.emit(event);
                }
            }
            case "bad" -> throw new IllegalArgumentException("malformed frame: " + frame);
            case "reconnect" -> link.reconnect(parts[1]);
            case "fail" -> link.fail(parts[1]);
            case "later-ack" -> link.scheduler().schedule(
                    () -> ackResults.add(link.acknowledge(Long.parseLong(parts[1]), "late-ok")), Long.parseLong(parts[2]));
            case "later-reconnect" -> link.scheduler().schedule(
                    () -> link.reconnect("heartbeat missed"), Long.parseLong(parts[1]));
            default -> {
                // unknown frames are ignored, like keepalive chatter
            }
        }
    }

    @Override
    public Encoded encode(Object message, long sequence) {
        if ("<null>".equals(message)) {
            return null;
        }
        if (!(message instanceof String text)) {
            throw new IllegalArgumentException("cannot encode a " + message.getClass().getSimpleName());
        }
        Object key = switch (keyMode) {
            case SEQUENCE -> sequence;
            case NONE -> null;
            case CONSTANT -> "same";
        };
        return new Encoded("msg:" + sequence + ":" + text, key);
    }

    @Override
    public CloseDecision onClose(int code, String reason) {
        calls.add("close:" + code);
        return switch (code) {
            case 4000 -> CloseDecision.retryAfter(BUSY_RETRY_AFTER, "server busy: " + reason);
            case 4002 -> CloseDecision.fatal("credentials rejected: " + reason);
            default -> CloseDecision.retry("closed with " + code + ": " + reason);
        };
    }

    /** Every link handed to {@link #onOpen}, one per opened socket. */
    public List<ProtocolLink<String>> links() {
        return links;
    }

    public int openCount() {
        return links.size();
    }

    /** Frames the protocol was given, in order. */
    public List<String> frames() {
        return frames;
    }

    /** What acknowledge / reject / retry returned, in order. */
    public List<Boolean> ackResults() {
        return ackResults;
    }

    /** {@code open}, {@code text:...} and {@code close:...} calls in order. */
    public List<String> calls() {
        return new ArrayList<>(calls);
    }
}
