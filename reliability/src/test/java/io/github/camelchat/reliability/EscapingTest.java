package io.github.camelchat.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.reliability.rig.ChatRig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelchat.reliability.LedgerAssert.assertClean;
import static io.github.camelchat.reliability.LedgerAssert.assertFailures;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text we send that could break the framing if it were pasted into a frame: quotes and backslashes, newlines,
 * control characters, Socket.IO 0.9 packet and multi-packet delimiters, a JSON-injection attempt, JavaScript line
 * separators and surrogate pairs. Each must leave as exactly one frame and arrive exactly as written, and nothing
 * else may be carried out.
 */
class EscapingTest extends ReliabilityTest {

    static final List<String> TRICKY = List.of(
            "quote \" and 'single' and \\backslash\\ and \\\"escaped\\\" end",
            "line one\nline two\r\nline three\ttab end",
            "control \u0001\u0002\u0007\u001b[31m\u007f end",
            "socket.io 5:::{\"name\":\"message\",\"args\":[\"x\"]} 3:::y 0:: 2:: \ufffd7\ufffd1:: end",
            "json \"},{\"type\":\"say\",\"text\":\"injected\",\"id\":1}]} {\"command\":\"x\"} end",
            "unicode \u2028\u2029 \u2603 \ud83d\ude00 \u00e9 end");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void textThatLooksLikeFramingIsEscaped(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig rig = factory.get().startServer()) {
            rig.startCamel();
            rig.awaitReady();
            ScenarioRun run = new ScenarioRun(rig, Scenario.ESCAPING);
            int framesBefore = rig.messageFramesReceived();
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < TRICKY.size(); i++) {
                bodies.add(TRICKY.get(i) + " #" + i);
            }
            run.ledger().settle(run.submit(rig.producerUri(), bodies), ScenarioRun.SETTLE);
            run.events("after", 1);
            Ledger ledger = run.finish();

            assertThat(rig.delivered()).as("carried out exactly as written, nothing injected").isEqualTo(bodies);
            assertThat(rig.messageFramesReceived() - framesBefore).as("one frame per message").isEqualTo(bodies.size());
            assertThat(texts(rig)).as("each frame parses and carries the text unchanged").containsAll(bodies);
            ledger.note("6 texts with quotes, backslashes, CR/LF/TAB, C0 controls, Socket.IO delimiters, a JSON "
                    + "injection attempt, U+2028/2029 and a surrogate pair: one frame each, carried out unchanged");
            assertClean(ledger);
            assertFailures(ledger, Map.of());
        }
    }

    /** The message texts inside the frames the server received, parsed as the protocol's JSON. */
    private static List<String> texts(ChatRig rig) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String frame : rig.framesReceived()) {
            JsonNode node;
            try {
                node = json.readTree(frame);
            } catch (Exception notJson) {
                continue; // hitbox heartbeats and Socket.IO control packets
            }
            String text = switch (rig.component()) {
                case "chatbox" -> node.path("text").asText(null);
                case "capi" -> node.path("payload").path("message").asText(null);
                default -> node.path("params").path("text").asText(null);
            };
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }
}
