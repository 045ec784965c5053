package io.github.camelchat.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelchat.simulator.LoopbackWebSocketServer;
import io.github.camelchat.simulator.RawWebSockets;
import io.github.camelchat.simulator.SimulatorLoop;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;

/**
 * A server that speaks just enough of one protocol for a client to get ready, then writes events as fast as the
 * client reads them ({@link #flood}) or at a fixed rate with the write time stamped into each ({@link #paced}).
 * <p>
 * The frames are the simulator's own (captured by {@link FrameSamples}); the server itself is the simulators' loop and
 * listener ({@link SimulatorLoop}, {@link LoopbackWebSocketServer}) with a different script: the chatbox simulator's
 * {@code injectRaw} goes to every socket one call at a time, far too slow to saturate a client. Writes respect
 * {@code writeQueueFull()} / {@code drainHandler}, so a slow reader slows the server down instead of filling memory.
 */
final class FloodServer implements AutoCloseable {

    /**
     * What the next connection gets once it is in: {@code events} frames, at {@code perSecond} (0 = as fast as the
     * client reads), starting {@code delayMillis} after the greeting.
     */
    record Plan(int events, int perSecond, long delayMillis) {
        /** A flood that starts 50 ms after the greeting, so a listener attached after the context started misses nothing. */
        static Plan flood(int events) {
            return new Plan(events, 0, 50);
        }

        /** Events right after the greeting (start-up: the first event is part of what is measured). */
        static Plan immediate(int events) {
            return new Plan(events, 0, 0);
        }

        static Plan paced(int events, int perSecond) {
            return new Plan(events, perSecond, 50);
        }
    }

    private final Samples samples;
    private final byte[][] events;
    private final SimulatorLoop loop = new SimulatorLoop();
    private final LoopbackWebSocketServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger sids = new AtomicInteger();
    private volatile Plan plan = Plan.flood(0);

    FloodServer(Samples samples) {
        this.samples = samples;
        this.events = samples.eventBytes();
        this.server = new LoopbackWebSocketServer(loop, new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                .setMaxWebSocketFrameSize(1 << 20).setTcpNoDelay(true), this::upgrade, this::plainHttp);
        loop.await(server::listen);
    }

    int port() {
        return server.port();
    }

    /** Sets what the following connections get. */
    FloodServer plan(Plan next) {
        this.plan = next;
        return this;
    }

    /** hitbox's Socket.IO 0.9 handshake, {@code GET /socket.io/1/?t=…}: a fresh sid, websocket only. */
    private void plainHttp(HttpServerRequest request) {
        if (request.path().startsWith("/socket.io/1")) {
            request.response().putHeader("Content-Type", "text/plain")
                    .end("bench" + sids.incrementAndGet() + ":60:60:websocket");
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private void upgrade(HttpServerRequest request) {
        Plan current = plan;
        request.toWebSocket().onSuccess(ws -> {
            switch (samples.wire()) {
                case CHATBOX -> greetAndRun(ws, current);
                case CAPI -> ws.textMessageHandler(text -> capiRequest(ws, text, current));
                case HITBOX -> {
                    ws.writeTextMessage("1::");
                    ws.textMessageHandler(text -> {
                        if (text.contains("joinChannel")) {
                            greetAndRun(ws, current);
                        }
                    });
                }
            }
        });
    }

    /** Answers Authenticate and Connect as the CAPI simulator does: same command with Response, echoed id. */
    private void capiRequest(ServerWebSocket ws, String text, Plan current) {
        JsonNode request;
        try {
            request = json.readTree(text);
        } catch (Exception e) {
            return;
        }
        String command = request.path("command").asText("").replace(" ", "");
        if (command.endsWith("Request")) {
            ObjectNode response = json.createObjectNode();
            response.put("command", command.substring(0, command.length() - "Request".length()) + "Response");
            response.set("request_id", request.get("request_id"));
            response.putObject("payload");
            ws.writeTextMessage(response.toString());
        }
        if ("Botapichat.ConnectRequest".equals(command)) {
            greetAndRun(ws, current);
        }
    }

    private void greetAndRun(ServerWebSocket ws, Plan current) {
        samples.greeting().forEach(ws::writeTextMessage);
        Runnable start = () -> {
            if (current.perSecond() > 0) {
                new Paced(ws, current).start();
            } else {
                new Pump(ws, current.events()).run();
            }
        };
        if (current.delayMillis() > 0) {
            loop.vertx().setTimer(current.delayMillis(), id -> start.run());
        } else {
            start.run();
        }
    }

    /** Writes the event frames in a cycle while the socket's write queue has room; resumes on drain. */
    private final class Pump implements Runnable {
        private final ServerWebSocket ws;
        private final int total;
        private int sent;
        private boolean closed;

        Pump(ServerWebSocket ws, int total) {
            this.ws = ws;
            this.total = total;
            ws.closeHandler(v -> closed = true);
        }

        @Override
        public void run() {
            while (sent < total && !closed && !ws.writeQueueFull()) {
                RawWebSockets.writeTextBytes(ws, events[sent % events.length]);
                sent++;
            }
            if (sent < total && !closed) {
                ws.drainHandler(v -> run());
            }
        }
    }

    /**
     * Writes probe frames at a fixed rate: a 1 ms timer writes every frame that is due, each stamped with its own
     * write time, so the client's latency is measured from the moment the frame is handed to the socket.
     */
    private final class Paced {
        private final ServerWebSocket ws;
        private final Plan current;
        private long timer;
        private long start;
        private int sent;
        private boolean closed;

        Paced(ServerWebSocket ws, Plan current) {
            this.ws = ws;
            this.current = current;
            ws.closeHandler(v -> closed = true);
        }

        void start() {
            start = System.nanoTime();
            timer = loop.vertx().setPeriodic(1, id -> tick());
        }

        private void tick() {
            long due = Math.min(current.events(), (System.nanoTime() - start) * current.perSecond() / 1_000_000_000L);
            while (sent < due && !closed && !ws.writeQueueFull()) {
                String frame = samples.probeAt(Wire.now());
                RawWebSockets.writeTextBytes(ws, frame.getBytes(StandardCharsets.UTF_8));
                sent++;
            }
            if (sent >= current.events() || closed) {
                loop.vertx().cancelTimer(timer);
            }
        }
    }

    @Override
    public void close() {
        loop.close();
    }
}
