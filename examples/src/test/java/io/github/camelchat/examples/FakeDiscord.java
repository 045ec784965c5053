package io.github.camelchat.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Discord webhook on 127.0.0.1, with the JDK's HTTP server: checks each post is what Discord takes ({@code content},
 * {@code username}, {@code allowed_mentions} parsing nothing) and answers as Discord does: 204, or 429 with
 * {@code retry_after} (JSON, seconds) and {@code Retry-After} for the requests chosen to be rate limited.
 */
final class FakeDiscord implements AutoCloseable {

    static final String PATH = "/api/webhooks/1234567890/webhook-token-secret";
    static final double RETRY_AFTER_SECONDS = 0.2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it. */
    record Request(int number, long nanoTime, int status, JsonNode body) {
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Request> log = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile IntPredicate rateLimited = n -> false;
    private volatile Predicate<JsonNode> refused = body -> false;

    FakeDiscord() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-discord")));
        server.start();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Which requests (numbered from 1, retries included) are answered 429. */
    void rateLimit(IntPredicate requestNumbers) {
        this.rateLimited = requestNumbers;
    }

    /** Posts answered 400, as Discord answers a post it does not like. */
    void refuse(Predicate<JsonNode> posts) {
        this.refused = posts;
    }

    /** The posts answered 204, in arrival order. */
    List<JsonNode> accepted() {
        synchronized (log) {
            return log.stream().filter(r -> r.status() == 204).map(Request::body).toList();
        }
    }

    List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** What was wrong with posts that Discord would have refused: empty when every post was fine. */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = requests.incrementAndGet();
        long now = System.nanoTime();
        try (InputStream in = exchange.getRequestBody()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = parse(text);
            String problem = check(exchange, body);
            if (problem != null) {
                problems.add(problem + " in " + text);
                log.add(new Request(number, now, 400, body));
                answer(exchange, 400, "{\"message\": \"" + problem + "\", \"code\": 50006}");
            } else if (rateLimited.test(number)) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                log.add(new Request(number, now, 429, body));
                answer(exchange, 429, "{\"message\": \"You are being rate limited.\", \"retry_after\": "
                        + RETRY_AFTER_SECONDS + ", \"global\": false}");
            } else if (refused.test(body)) {
                log.add(new Request(number, now, 400, body));
                answer(exchange, 400, "{\"message\": \"Cannot send an empty message\", \"code\": 50006}");
            } else {
                log.add(new Request(number, now, 204, body));
                exchange.sendResponseHeaders(204, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /** Discord's rules for a webhook post, as far as the relay uses them; null when the post is fine. */
    private static String check(HttpExchange exchange, JsonNode body) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return "method " + exchange.getRequestMethod();
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return "content type " + type;
        }
        if (body == null || !body.isObject()) {
            return "not a JSON object";
        }
        JsonNode content = body.path("content");
        if (!content.isTextual() || content.asText().isEmpty() || content.asText().length() > 2000) {
            return "content missing, empty or over 2000 characters";
        }
        JsonNode username = body.path("username");
        if (!username.isTextual() || username.asText().isEmpty() || username.asText().length() > 80
                || username.asText().matches("(?i).*(discord|clyde|@|#|:|```).*")) {
            return "bad username";
        }
        JsonNode parse = body.path("allowed_mentions").path("parse");
        if (!parse.isArray() || !parse.isEmpty()) {
            return "allowed_mentions.parse is not []";
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
