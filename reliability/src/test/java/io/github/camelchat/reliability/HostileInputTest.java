package io.github.camelchat.reliability;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.reliability.rig.ChatRig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelchat.reliability.LedgerAssert.assertClean;
import static io.github.camelchat.reliability.LedgerAssert.assertFailures;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input from a server: after each bad frame a valid chat event must still reach the route (the consumer
 * logged, skipped and stayed alive), and messages must still go out. Invalid UTF-8 and an oversized frame cannot be
 * skipped inside a connection: the socket is recycled, and the session comes back.
 */
class HostileInputTest extends ReliabilityTest {

    /** Ten million characters: ten times the default {@code maxMessageSize} of 1 MB. */
    private static final int HUGE = 10 * 1024 * 1024;
    private static final int DEPTH = 50_000;

    /** The protocol's frames for each kind of hostile input. */
    private record Frames(String malformed, String nested, String wrongTypes, List<String> unknownTypes,
            String strayReply, String unknownEventPrefix, String unknownEventSuffix, String hugePrefix,
            String hugeSuffix, String skipWarning) {
    }

    private static Frames frames(String component) {
        String nest = "[".repeat(DEPTH) + "]".repeat(DEPTH);
        return switch (component) {
            case "chatbox" -> new Frames(
                    "{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":\"unterminated",
                    "{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":\"deep\",\"data\":" + nest + "}",
                    "{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":{\"not\":\"a string\"},\"rawText\":42,"
                            + "\"user\":\"steve\",\"time\":true}",
                    List.of("{\"type\":\"from_the_future\",\"payload\":[1,2,3]}", "[1,2,3]", "\"just a string\"",
                            "{}"),
                    "{\"type\":\"success\",\"id\":987654,\"reason\":\"message_sent\"}",
                    "{\"type\":\"event\",\"event\":\"future_event_", "\",\"time\":\"2024-01-01T00:00:00Z\"}",
                    "{\"type\":\"event\",\"event\":\"chat_ingame\",\"text\":\"", "\"}",
                    "Skipping a malformed chatbox frame");
            case "capi" -> new Frames(
                    "{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":",
                    "{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":0,\"payload\":" + nest + "}",
                    "{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":\"seven\",\"payload\":"
                            + "{\"user_id\":{\"a\":1},\"message\":[1,2],\"type\":42}}",
                    List.of("{\"command\":\"Botapichat.FromTheFutureRequest\",\"request_id\":0,\"payload\":{\"x\":1}}",
                            "[1,2,3]", "\"just a string\"", "{}"),
                    "{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":987654,\"status\":"
                            + "{\"area\":0,\"code\":0}}",
                    "{\"command\":\"Botapichat.FutureEvent", "Request\",\"request_id\":0,\"payload\":{}}",
                    "{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":0,\"payload\":{\"user_id\":2,"
                            + "\"type\":\"Channel\",\"message\":\"", "\"}}",
                    "Skipping a malformed CAPI");
            case "hitbox" -> new Frames(
                    "5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"chatMsg\\\",",
                    "5:::{\"name\":\"message\",\"args\":[" + nest + "]}",
                    "5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"chatMsg\\\",\\\"params\\\":"
                            + "{\\\"channel\\\":7,\\\"name\\\":[],\\\"text\\\":{},\\\"time\\\":\\\"yesterday\\\"}}\"]}",
                    List.of("9:::from the future", "5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":"
                            + "\\\"fromTheFuture\\\",\\\"params\\\":{}}\"]}", "5:::{\"name\":\"notAMessage\"}", "8::"),
                    "6:::987654+[]",
                    "5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"futureMsg", "\\\",\\\"params\\\":{}}\"]}",
                    "5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"chatMsg\\\",\\\"params\\\":"
                            + "{\\\"channel\\\":\\\"reliability\\\",\\\"name\\\":\\\"Mallory\\\",\\\"text\\\":\\\"",
                    "\\\"}}\"]}",
                    "Skipping a malformed");
            default -> throw new IllegalArgumentException(component);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void hostileFramesAreLoggedSkippedAndSurvived(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig rig = factory.get().startServer()) {
            rig.startCamel();
            rig.awaitReady();
            Frames frames = frames(rig.component());
            ScenarioRun run = new ScenarioRun(rig, Scenario.HOSTILE_INPUT);
            run.events("before", 1);
            run.submitAndSettle("before");

            rig.injectRaw(frames.malformed());
            run.events("after-malformed", 1);
            rig.injectRaw(frames.nested());
            run.events("after-nested", 1);
            rig.injectRaw(frames.wrongTypes());
            run.events("after-wrong-types", 1);
            frames.unknownTypes().forEach(rig::injectRaw);
            run.events("after-unknown-types", 1);
            rig.injectRaw(frames.strayReply());
            run.events("after-stray-reply", 1);
            for (int i = 0; i < Scale.floodSize(); i++) {
                rig.injectRaw(frames.unknownEventPrefix() + i + frames.unknownEventSuffix());
            }
            run.events("after-flood", 1);
            assertThat(rig.session().getReadyCount()).as("skipped frames keep the connection").isEqualTo(1);

            // a frame that is not UTF-8 fails the WebSocket: the socket is recycled
            long ready = rig.session().getReadyCount();
            long fault = System.nanoTime();
            rig.injectInvalidUtf8();
            run.awaitRecovery(ready, fault);
            run.events("after-invalid-utf8", 1);

            // 10 MB against maxMessageSize (1 MB by default): dropped at the limit, the socket recycled
            ready = rig.session().getReadyCount();
            fault = System.nanoTime();
            rig.injectRaw(frames.hugePrefix() + "x".repeat(HUGE) + frames.hugeSuffix());
            run.awaitRecovery(ready, fault);
            run.events("after-10MB", 1);
            run.submitAndSettle("after");
            Ledger ledger = run.finish();

            assertThat(rig.session().getState()).isEqualTo(SessionState.READY);
            assertThat(rig.routeErrors()).as("exceptions that reached the route").isEmpty();
            List<String> lines = SecretGuard.lines();
            assertThat(lines).as("a WARN for the malformed frames").anyMatch(l -> l.startsWith("WARN")
                    && l.contains(frames.skipWarning()));
            String tooLarge = lines.stream().filter(l -> l.startsWith("WARN")
                    && l.contains("exceeds the limit of " + (1024 * 1024) + " characters")).findFirst()
                    .orElseThrow(() -> new AssertionError("no clear error for the oversized frame"));
            // bounded memory: the reader gave up within a fragment of the limit, not after buffering 10 MB
            java.util.regex.Matcher atLeast = java.util.regex.Pattern.compile("at least (\\d+) characters")
                    .matcher(tooLarge);
            assertThat(atLeast.find()).as(tooLarge).isTrue();
            assertThat(Long.parseLong(atLeast.group(1))).as("characters held when the frame was refused")
                    .isGreaterThan(1024 * 1024).isLessThan(3L * 1024 * 1024);
            assertThat(lines).as("no frame is logged whole").noneMatch(l -> l.length() > 200_000);
            ledger.note("the route received every valid event; invalid UTF-8 and the 10 MB frame each recycled the "
                    + "socket; the 10 MB frame was refused after less than 3 MB had been read, with an error naming "
                    + "the 1 MB limit");
            assertClean(ledger);
            assertFailures(ledger, Map.of());
            assertThat(ledger.reconnects()).isEqualTo(2);
        }
    }
}
