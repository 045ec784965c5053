package io.github.camelchat.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.github.camelchat.capi.model.CapiCodec;
import io.github.camelchat.hitbox.model.HitboxCodec;
import io.github.camelchat.hitbox.model.JoinChannelRequest;
import io.github.camelchat.hitbox.socketio.HandshakeResponse;
import io.github.camelchat.hitbox.socketio.SioUris;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.ChannelUser;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.UserFlag;
import io.github.camelchat.simulator.hitbox.Viewer;

/**
 * Captures real frames from the simulators, so the flood server replays exactly what they (and the real servers)
 * write: a raw client logs in, the simulator's scripting API makes players chat, and the frames are recorded.
 */
final class FrameSamples {

    static final String CHANNEL = "bench";

    /** Chat lines of realistic length (8 to ~200 characters), a few with non-ASCII text and emoji. */
    private static final List<String> TEXTS = List.of(
            "hi", "gg", "anyone want to trade iron for redstone?",
            "lol that creeper came out of nowhere",
            "Does anybody know where the nether portal at spawn went? It was next to the big oak tree last week",
            "brb dinner", "ok", "I just found diamonds at y=-58, three veins right next to each other!!",
            "Für alle, die morgen beim Event sind: wir treffen uns um 20 Uhr am Marktplatz 🙂",
            "can a mod help me? someone griefed my farm and took all the wheat, coords are -1204 / 88 / 3310",
            "GG WP", "who's up for a round of bed wars", "ty!",
            "The server restart is scheduled for 04:00 UTC, please log off before that so nothing is lost",
            "❤️❤️❤️", "no", "what's the command to set a home again? /sethome doesn't work for me",
            "Stream is live in 5 minutes, we're going to build the castle walls today and maybe start the moat",
            "haha", "is the shop open",
            "I've been working on this redstone computer for three weeks and it finally adds two 8-bit numbers",
            "nice", "where r u", "bruh",
            "Reminder: be nice in chat, no spam, no advertising other servers. Thanks and have fun everyone!",
            "anyone have spare ender pearls? I'll pay 10 diamonds each, need about a stack for the end trip",
            "k", "omg", "same", "how do I join the town", "wb", "night all, see you tomorrow");

    private static final String PROBE_TEXT = "latency " + Wire.PROBE_MARK + Wire.PROBE_SLOT + " sample line of chat";

    private FrameSamples() {
    }

    static Samples capture(Wire wire) throws Exception {
        return switch (wire) {
            case CHATBOX -> chatbox();
            case CAPI -> capi();
            case HITBOX -> hitbox();
        };
    }

    private static Samples chatbox() throws Exception {
        try (ChatboxSimulator sim = ChatboxSimulator.start()) {
            License license = sim.addLicense("BenchOwner");
            List<Player> players = new ArrayList<>();
            for (String name : List.of("Steve", "Alex", "xX_Creeper_Xx", "notch_fan_2011", "Büßer", "Kat")) {
                Player p = sim.player(name);
                sim.join(p);
                players.add(p);
            }
            try (Collector c = Collector.open(URI.create(sim.url(license)))) {
                List<String> greeting = c.until(f -> f.contains("\"type\":\"hello\""));
                List<String> events = new ArrayList<>();
                for (int i = 0; i < TEXTS.size(); i++) {
                    sim.chat(players.get(i % players.size()), TEXTS.get(i));
                    events.add(c.next(f -> f.contains("\"event\":\"chat_ingame\"")));
                }
                sim.chat(players.get(0), PROBE_TEXT);
                String probe = c.next(f -> f.contains(Wire.PROBE_SLOT));
                return new Samples(Wire.CHATBOX, greeting, events, probe);
            }
        }
    }

    private static Samples capi() throws Exception {
        try (CapiSimulator sim = CapiSimulator.start()) {
            String apiKey = sim.addBot("BenchBot").apiKey();
            List<ChannelUser> users = new ArrayList<>();
            for (String name : List.of("Grubby", "Moon", "Sky#Azeroth", "xXpeonXx", "Lodle")) {
                users.add(sim.join(sim.user(name)));
            }
            CapiCodec codec = new CapiCodec();
            try (Collector c = Collector.open(URI.create(sim.url()))) {
                c.send(codec.encode("Botapiauth.AuthenticateRequest", 1, Map.of("api_key", apiKey)));
                c.next(f -> f.contains("AuthenticateResponse"));
                c.send(codec.encode("Botapichat.ConnectRequest", 2, Map.of()));
                c.next(f -> f.contains("ConnectResponse"));
                // the bot's update, the ConnectEvent, the members, the bot again: until the line goes quiet
                List<String> greeting = c.drain(Duration.ofMillis(300));
                List<String> events = new ArrayList<>();
                for (int i = 0; i < TEXTS.size(); i++) {
                    sim.say(users.get(i % users.size()), TEXTS.get(i));
                    events.add(c.next(f -> f.contains("MessageEventRequest")));
                }
                sim.say(users.get(0), PROBE_TEXT);
                String probe = c.next(f -> f.contains(Wire.PROBE_SLOT));
                return new Samples(Wire.CAPI, greeting, events, probe);
            }
        }
    }

    private static Samples hitbox() throws Exception {
        try (HitboxSimulator sim = HitboxSimulator.start()) {
            List<Viewer> viewers = List.of(sim.viewer("zombiekiller"), sim.viewer("Ms_Pixel", Role.ANON, UserFlag.FOLLOWER),
                    sim.viewer("SubZero", Role.ANON, UserFlag.SUBSCRIBER, UserFlag.FOLLOWER),
                    sim.viewer("mod_marta", Role.USER, UserFlag.FOLLOWER), sim.viewer("lurker42"));
            URI server = URI.create(sim.baseUrl());
            URI socket = hitboxSocket(server);
            try (Collector c = Collector.open(socket)) {
                c.next("1::"::equals);
                c.send(new HitboxCodec().encode(JoinChannelRequest.guest(CHANNEL)));
                List<String> greeting = new ArrayList<>(c.until(f -> f.contains("loginMsg")));
                greeting.removeIf(f -> !f.startsWith("5:::"));
                List<String> events = new ArrayList<>();
                for (int i = 0; i < TEXTS.size(); i++) {
                    sim.chat(viewers.get(i % viewers.size()), CHANNEL, TEXTS.get(i));
                    events.add(c.next(f -> f.contains("chatMsg")));
                }
                sim.chat(viewers.get(0), CHANNEL, PROBE_TEXT);
                String probe = c.next(f -> f.contains(Wire.PROBE_SLOT));
                return new Samples(Wire.HITBOX, greeting, events, probe);
            }
        }
    }

    /** Runs the Socket.IO 0.9 handshake and returns the one-time WebSocket URI. */
    static URI hitboxSocket(URI server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(SioUris.handshakeUri(server, System.currentTimeMillis())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("handshake answered HTTP " + response.statusCode());
        }
        return SioUris.websocketUri(server, HandshakeResponse.parse(response.body()).sid());
    }

    /** A raw JDK WebSocket client that queues every text frame. */
    static final class Collector implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Collector open(URI uri) throws Exception {
            Collector c = new Collector();
            c.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, c).get(10, TimeUnit.SECONDS);
            return c;
        }

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

        void send(String text) throws Exception {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
        }

        String next(Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                String f = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (f == null) {
                    throw new IllegalStateException("no matching frame within 10 s");
                }
                if (wanted.test(f)) {
                    return f;
                }
            }
        }

        /** Every frame up to and including the first matching one. */
        List<String> until(Predicate<String> last) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                String f = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (f == null) {
                    throw new IllegalStateException("no matching frame within 10 s; saw " + seen);
                }
                seen.add(f);
                if (last.test(f)) {
                    return seen;
                }
            }
        }

        List<String> drain(Duration quiet) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            for (String f; (f = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null;) {
                seen.add(f);
            }
            return seen;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
