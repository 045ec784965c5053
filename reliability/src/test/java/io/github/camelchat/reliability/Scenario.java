package io.github.camelchat.reliability;

import java.util.List;

/**
 * Every row the report has, in table order, with the components it applies to. The report is written to
 * {@code docs/reliability.md} only when every row was recorded (a partial run, such as a single test class, writes
 * {@code target/reliability-partial.md} instead), so the committed file always shows the whole suite.
 */
public enum Scenario {

    BASELINE("no fault (baseline)", all()),
    RESTART("server restart mid-stream (the protocol's restart close)", all()),
    DROP("server killed mid-stream (TCP drop, no close frame)", all()),
    KEEPALIVE("server stops answering pings / sending heartbeats", all()),
    HALF_OPEN("half-open socket (server silent but reading)", all()),
    DOWN_AT_START("server down at start (connection refused)", all()),
    RATE_LIMIT("rate-limit storm", List.of("chatbox", "capi")),
    SLOW_SERVER("slow server (reply after sendTimeout)", all()),
    BAD_CREDENTIALS("bad key / token (fatal)", all()),
    CLOSE_BEFORE_AUTH("close before the authenticate response", List.of("capi")),
    DROP_DURING_AUTH("connection dropped during authentication", List.of("capi")),
    HANDSHAKE_401("Socket.IO handshake answered 401", List.of("hitbox")),
    HANDSHAKE_503("Socket.IO handshake answered 503", List.of("hitbox")),
    UNKNOWN_SID("unknown or reused sid (7:::1+0)", List.of("hitbox")),
    HOSTILE_INPUT("hostile frames from the server", all()),
    ESCAPING("text with quotes, newlines, control chars, delimiters", all());

    private final String title;
    private final List<String> components;

    Scenario(String title, List<String> components) {
        this.title = title;
        this.components = components;
    }

    public String title() {
        return title;
    }

    public List<String> components() {
        return components;
    }

    public static List<String> allComponents() {
        return all();
    }

    private static List<String> all() {
        return List.of("chatbox", "capi", "hitbox");
    }
}
