package io.github.camelchat.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server that completes the WebSocket upgrade and then drops the TCP connection at once, with no close frame: right
 * after the {@code 101}, or right after a first text frame. The JDK 17 client was seen to throw {@code InternalError}
 * on one of its own threads for the first, and may not report the second at all; either way the session must notice
 * (error, close, or its idle timeout), keep reconnecting with backoff, and no thread may die of an uncaught error.
 */
class UpgradeThenDropTest extends ReliabilityTest {

    private static final String OPTIONS = "reconnectDelay=100&maxReconnectDelay=300&connectTimeout=2000"
            + "&pingInterval=200&idleTimeout=1000";

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @BeforeEach
    void watchThreads() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    }

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @ParameterizedTest(name = "{0}, drop after {1}")
    @CsvSource({
        "chatbox, upgrade", "chatbox, frame",
        "capi, upgrade", "capi, frame",
        "hitbox, upgrade", "hitbox, frame"})
    void theSessionNoticesAndReconnects(String component, String dropAfter) throws Exception {
        // what the server says before dropping, when it says anything: a frame the protocol would act on
        String frame = switch (component) {
            case "chatbox" -> "{\"type\":\"hello\",\"ok\":true,\"guest\":false,\"licenseOwner\":\"Bot\","
                    + "\"capabilities\":[\"read\",\"say\"]}";
            case "capi" -> "{\"command\":\"Botapiv1.AuthenticateResponse\",\"request_id\":1,"
                    + "\"status\":{\"area\":0,\"code\":0},\"payload\":{}}";
            default -> "1::";
        };
        try (LogCapture log = LogCapture.attach();
             DroppingServer server = new DroppingServer(dropAfter.equals("frame") ? frame : null);
             CamelContext context = new DefaultCamelContext()) {
            String url = "ws://127.0.0.1:" + server.port();
            String uri = switch (component) {
                case "chatbox" -> "chatbox:Bot?url=" + url + "/v2&licenseKey=" + Secrets.register(
                        "0f0e0d0c-0b0a-4000-8000-" + String.format(Locale.ROOT, "%012d", server.port()));
                case "capi" -> "capi:bot?url=" + url + "/v1/rpc/chat&apiKey=" + Secrets.register("drop-test-key-"
                        + server.port());
                default -> "hitbox:droptest?name=Bot&token=" + Secrets.register("drop-test-token-" + server.port())
                        + "&servers=127.0.0.1:" + server.port();
            };
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri + "&" + OPTIONS).routeId("events").to("log:events?level=DEBUG");
                }
            });
            context.start();

            // keeps trying: the failure is taken for a lost connection, not a stuck or a fatal one
            await().atMost(20, TimeUnit.SECONDS).until(() -> server.upgrades() >= 4);
            ChatSession<?> session = ((ChatConsumer<?>) context.getRoute("events").getConsumer()).getSession();
            // a drop after a frame the protocol accepted may leave it ready for a moment; never given up on
            assertThat(session.getState()).isNotIn(SessionState.FAILED, SessionState.STOPPED);
            assertThat(context.getRouteController().getRouteStatus("events").isStarted()).isTrue();
            Secrets.observe(session.getStateReason());

            // every loss says what happened: the JDK's bare InternalError is never all a user gets to read
            List<String> losses = log.lines().stream().filter(l -> l.contains("lost its connection")).toList();
            assertThat(losses).isNotEmpty().noneMatch(l -> l.contains("(InternalError)"))
                    .filteredOn(l -> l.contains("InternalError"))
                    .allMatch(l -> l.contains("right after the WebSocket upgrade"));
        }
        assertThat(uncaught).as("errors that killed a thread").isEmpty();
    }

    /**
     * Answers a plain GET with a Socket.IO 0.9 handshake (for hitbox) and an upgrade with {@code 101}, then optionally
     * one text frame, then closes the TCP connection without a close frame.
     */
    private static final class DroppingServer implements AutoCloseable {
        private static final Pattern KEY = Pattern.compile("(?im)^sec-websocket-key:\\s*(\\S+)\\s*$");
        private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

        private final ServerSocket server;
        private final String frame;
        private final AtomicInteger upgrades = new AtomicInteger();
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dropping-server");
            t.setDaemon(true);
            return t;
        });

        DroppingServer(String frame) throws IOException {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.frame = frame;
            threads.execute(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        int upgrades() {
            return upgrades.get();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    threads.execute(() -> serve(socket));
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        private void serve(Socket socket) {
            try (socket) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                // HTTP/1.1 keep-alive: the hitbox handshake and the upgrade may share this connection
                for (String head; (head = readHead(in)) != null;) {
                    Matcher key = KEY.matcher(head);
                    if (!key.find()) {
                        byte[] body = "droptestsid0000000000:60:60:websocket".getBytes(StandardCharsets.US_ASCII);
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
                                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body);
                        out.flush();
                        continue;
                    }
                    upgrades.incrementAndGet();
                    String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest((key.group(1) + GUID).getBytes(StandardCharsets.US_ASCII)));
                    ByteArrayOutputStream reply = new ByteArrayOutputStream();
                    reply.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    if (frame != null) {
                        byte[] payload = frame.getBytes(StandardCharsets.UTF_8);
                        reply.write(0x81); // FIN + text
                        reply.write(payload.length); // all test frames are < 126 bytes
                        reply.write(payload);
                    }
                    // one write, then gone: the client gets the upgrade (and the frame) and the FIN together
                    out.write(reply.toByteArray());
                    out.flush();
                    return;
                }
            } catch (Exception e) {
                // the client went away first
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            for (int b; (b = in.read()) >= 0;) {
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    return head.toString(StandardCharsets.ISO_8859_1);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            server.close();
            threads.shutdownNow();
        }
    }
}
