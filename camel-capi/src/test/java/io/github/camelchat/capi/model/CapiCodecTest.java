package io.github.camelchat.capi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming decoder: every event in every key order, the tolerances, and the same rejections as before. */
class CapiCodecTest {

    private final CapiCodec codec = new CapiCodec();

    // ---- events, both key orders ----

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("Botapichat.ConnectEventRequest", "{\"channel\":\"Op Lodle\"}", new ConnectEvent("Op Lodle")),
                Arguments.of("Botapichat.DisconnectEventRequest", "{}", new DisconnectEvent()),
                Arguments.of("Botapichat.MessageEventRequest", "{\"user_id\":5,\"message\":\"hi \\\"there\\\"\",\"type\":\"Whisper\"}",
                        new MessageEvent(5, "hi \"there\"", MessageType.Whisper)),
                Arguments.of("Botapichat.UserUpdateEventRequest", "{\"user_id\":7,\"toon_name\":\"Alice\",\"flag\":[\"Moderator\"]}",
                        new UserUpdateEvent(7, "Alice", List.of("Moderator"), null)),
                Arguments.of("Botapichat.UserLeaveEventRequest", "{\"user_id\":9}", new UserLeaveEvent(9)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void commandBeforePayloadDecodesStraightIntoTheEvent(String command, String payload, CapiEvent expected) {
        CapiFrame frame = codec.decode("{\"command\":\"" + command + "\",\"request_id\":42,\"payload\":" + payload + "}");
        assertThat(frame.command()).isEqualTo(command);
        assertThat(frame.requestId()).isEqualTo(42L);
        assertThat(frame.status()).isNull();
        assertThat(frame.event()).isEqualTo(expected);
        assertThat(frame.payload()).as("no tree for an event").isNull();
        assertThat(frame.isResponse()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("events")
    void payloadBeforeCommandDecodesTheSame(String command, String payload, CapiEvent expected) {
        CapiFrame frame = codec.decode("{\"payload\":" + payload + ",\"requestId\":\"43\",\"command\":\"" + command + "\"}");
        assertThat(frame.command()).isEqualTo(command);
        assertThat(frame.requestId()).isEqualTo(43L);
        assertThat(frame.event()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("events")
    void blanksInTheCommandAreTolerated(String command, String payload, CapiEvent expected) {
        String blanked = " " + command.replace(".", ". ");
        assertThat(codec.decode("{\"command\":\"" + blanked + "\",\"payload\":" + payload + "}").event()).isEqualTo(expected);
        assertThat(codec.decode("{\"payload\":" + payload + ",\"command\":\"" + blanked + "\"}").event()).isEqualTo(expected);
    }

    @Test
    void theSimulatorsMessageFrame() {
        CapiFrame frame = codec.decode("{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":1007,"
                + "\"payload\":{\"user_id\":3,\"message\":\"gl hf\",\"type\":\"Channel\"}}");
        assertThat(frame.event()).isEqualTo(new MessageEvent(3, "gl hf", MessageType.Channel));
        assertThat(frame.requestId()).isEqualTo(1007L);
    }

    // ---- ids, status, payload ----

    @Test
    void requestIdSpellingsAndNumericStrings() {
        assertThat(decode("\"request_id\":12").requestId()).isEqualTo(12L);
        assertThat(decode("\"requestId\":13").requestId()).isEqualTo(13L);
        assertThat(decode("\"request_id\":\" 14 \"").requestId()).isEqualTo(14L);
        assertThat(decode("\"requestId\":\"15\"").requestId()).isEqualTo(15L);
        assertThat(decode("\"request_id\":9223372036854775807").requestId()).isEqualTo(Long.MAX_VALUE);
        assertThat(decode("\"request_id\":null").requestId()).isNull();
        assertThat(decode("\"request_id\":16,\"requestId\":17").requestId()).as("request_id wins").isEqualTo(16L);
        assertThat(decode("\"requestId\":17,\"request_id\":16").requestId()).isEqualTo(16L);
        assertThat(decode("\"request_id\":null,\"requestId\":17").requestId()).as("even as null").isNull();
        assertThat(decode("\"request_id\":18,\"requestId\":\"junk\"").requestId()).as("the other one is ignored").isEqualTo(18L);
        assertThat(decode("\"payload\":{}").requestId()).isNull();
    }

    @Test
    void statusIsOptionalAndReadAsAreaAndCode() {
        assertThat(decode("\"request_id\":1").status()).isNull();
        assertThat(decode("\"status\":null").status()).isNull();
        assertThat(decode("\"status\":{\"area\":0,\"code\":0}").status()).isEqualTo(CapiStatus.OK);
        CapiFrame refused = decode("\"status\":{\"area\":6,\"code\":8,\"note\":[1,{}]}");
        assertThat(refused.status()).isEqualTo(new CapiStatus(6, 8));
        assertThat(refused.isSuccess()).isFalse();
        assertThat(decode("\"status\":{\"code\":1,\"area\":8}").status().isNotConnected()).isTrue();
    }

    @Test
    void responsesKeepTheirPayloadAsATree() {
        CapiFrame frame = codec.decode("{\"command\":\"Botapichat.SendMessageResponse\",\"request_id\":3,\"payload\":{\"a\":[1]}}");
        assertThat(frame.isResponse()).isTrue();
        assertThat(frame.event()).isNull();
        assertThat(frame.payload().at("/a/0").asInt()).isEqualTo(1);

        CapiFrame noPayload = codec.decode("{\"command\":\"Botapiauth.AuthenticateResponse\"}");
        assertThat(noPayload.payload()).isEqualTo(JsonNodeFactory.instance.objectNode());
        assertThat(codec.decode("{\"payload\":null,\"command\":\"X\"}").payload()).isEqualTo(JsonNodeFactory.instance.objectNode());
    }

    @Test
    void missingPayloadOfAnEventReadsAsEmpty() {
        assertThat(codec.decode("{\"command\":\"Botapichat.ConnectEventRequest\"}").event()).isEqualTo(new ConnectEvent(null));
        assertThat(codec.decode("{\"command\":\"Botapichat.DisconnectEventRequest\",\"payload\":null}").event())
                .isEqualTo(new DisconnectEvent());
        assertThatThrownBy(() -> codec.decode("{\"command\":\"Botapichat.MessageEventRequest\"}"))
                .isInstanceOf(CapiDecodeException.class).hasMessageContaining("missing or invalid 'user_id'")
                .matches(e -> ((CapiDecodeException) e).isEventPayload());
    }

    // ---- event fields ----

    @Test
    void userIdsAsNumbersOrNumericStrings() {
        assertThat(message("\"user_id\":\"7\"").userId()).isEqualTo(7);
        assertThat(message("\"user_id\":\" 8 \"").userId()).isEqualTo(8);
        assertThat(message("\"user_id\":4000000000").userId()).isEqualTo(4_000_000_000L);
        assertThat(message("\"user_id\":0").userId()).isZero();
    }

    @Test
    void messageTypesAndMissingFields() {
        assertThat(message("\"user_id\":1,\"type\":\"ServerInfo\"")).isEqualTo(new MessageEvent(1, null, MessageType.ServerInfo));
        assertThat(message("\"user_id\":1,\"type\":\"channel\"").type()).as("case matters").isEqualTo(MessageType.Unknown);
        assertThat(message("\"user_id\":1,\"type\":\"Brand new\"").type()).isEqualTo(MessageType.Unknown);
        assertThat(message("\"user_id\":1,\"type\":null").type()).isEqualTo(MessageType.Unknown);
        assertThat(message("\"user_id\":1").type()).isEqualTo(MessageType.Unknown);
        assertThat(message("\"user_id\":1,\"message\":12").message()).as("as a tree's asText").isEqualTo("12");
        assertThat(message("\"user_id\":1,\"message\":null").message()).isNull();
        assertThat(message("\"type\":\"Emote\",\"other\":{\"deep\":[1,{\"x\":null}]},\"user_id\":2,\"message\":\"é\\u00e9\\n\"")).isEqualTo(
                new MessageEvent(2, "éé\n", MessageType.Emote));
    }

    @Test
    void bothUserUpdateShapes() {
        UserUpdateEvent wire = update("\"user_id\":\"7\",\"toon_name\":\"Wire\",\"flag\":[\"Moderator\"],"
                + "\"attribute\":[{\"key\":\"ProgramId\",\"value\":\"W3XP\"},{\"key\":\"Wins\",\"value\":\"12\"}]");
        assertThat(wire).isEqualTo(new UserUpdateEvent(7, "Wire", List.of("Moderator"), Map.of("ProgramId", "W3XP", "Wins", "12")));
        assertThat(wire.attributes()).containsExactly(Map.entry("ProgramId", "W3XP"), Map.entry("Wins", "12"));

        UserUpdateEvent doc = update("\"attributes\":{\"ProgramId\":\"STAR\",\"Rank\":\"3\"},\"flags\":[\"Admin\",\"Speaker\"],"
                + "\"toon_name\":\"Doc\",\"user_id\":8");
        assertThat(doc.flags()).containsExactly("Admin", "Speaker");
        assertThat(doc.attributes()).containsExactly(Map.entry("ProgramId", "STAR"), Map.entry("Rank", "3"));

        UserUpdateEvent flagsOnly = update("\"user_id\":8,\"flag\":[]");
        assertThat(flagsOnly.toonName()).isNull();
        assertThat(flagsOnly.flags()).isEmpty();
        assertThat(flagsOnly.attributes()).isNull();

        assertThat(update("\"user_id\":8,\"flag\":null,\"flags\":[\"Admin\"]").flags()).as("'flag' wins, even as null").isNull();
        assertThat(update("\"user_id\":8,\"attribute\":[{\"key\":\"Rate\"}]").attributes())
                .containsExactly(new java.util.AbstractMap.SimpleEntry<>("Rate", null));
    }

    // ---- rejections, with the reasons of the tree-based decoder ----

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":1}",
            "[1,2", "{\"command\":\"x\",\"payload\":{\"a\":[}}", "{\"command\":\"x\" \"payload\":{}}",
            "{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":1,}}", "{'command':'x'}"})
    void notJson(String frame) {
        assertRejected(frame, "not valid JSON");
    }

    @Test
    void textAfterACompleteObjectIsIgnoredAsByObjectMapperReadTree() {
        assertThat(codec.decode("{\"command\":\"Botapichat.UserLeaveEventRequest\",\"payload\":{\"user_id\":1}} [").event())
                .isEqualTo(new UserLeaveEvent(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "[]", "[{\"command\":\"x\"}]", "5", "\"text\"", "null", "true"})
    void notAnObject(String frame) {
        assertRejected(frame, "expected a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"payload\":{}}", "{\"command\":5}", "{\"command\":null}", "{\"command\":[\"x\"]}",
            "{\"command\":{}}", "{\"command\":\"x\",\"command\":false}",
            "{\"command\":null,\"request_id\":\"x\",\"status\":5,\"payload\":7}"})
    void missingCommand(String frame) {
        assertRejected(frame, "missing 'command'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"request_id\":\"x\"", "\"requestId\":\"\"", "\"request_id\":1.5", "\"request_id\":true",
            "\"request_id\":[1]", "\"request_id\":{}", "\"request_id\":9223372036854775808",
            "\"request_id\":\"x\",\"status\":5,\"payload\":7"})
    void badRequestId(String fields) {
        assertRejected("{\"command\":\"Botapichat.SendMessageResponse\"," + fields + "}", "'request_id' is not a number");
        assertRejected("{" + fields + ",\"command\":\"Botapichat.MessageEventRequest\"}", "'request_id' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"status\":5", "\"status\":\"ok\"", "\"status\":[]", "\"status\":{}", "\"status\":{\"area\":8}",
            "\"status\":{\"area\":\"8\",\"code\":1}", "\"status\":{\"area\":8,\"code\":null}",
            "\"status\":{\"area\":2147483648,\"code\":1}", "\"status\":{\"area\":8,\"code\":{}}", "\"status\":{\"area\":8},\"payload\":[]"})
    void badStatus(String fields) {
        assertRejected("{\"command\":\"Botapichat.SendMessageResponse\"," + fields + "}", "'status' must be {area, code}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "5", "true", "[{\"user_id\":1}]"})
    void payloadNotAnObject(String payload) {
        assertRejected("{\"command\":\"Botapichat.SendMessageResponse\",\"payload\":" + payload + "}", "'payload' must be an object");
        assertRejected("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":" + payload + "}", "'payload' must be an object");
        assertRejected("{\"payload\":" + payload + ",\"command\":\"Botapichat.UserLeaveEventRequest\"}", "'payload' must be an object");
    }

    @Test
    void wrongTypesInEventPayloads() {
        assertEventRejected(msg("\"user_id\":\"x\""), "'user_id' is not a number");
        assertEventRejected(msg("\"user_id\":\"\""), "'user_id' is not a number");
        assertEventRejected(msg("\"user_id\":1.5"), "missing or invalid 'user_id'");
        assertEventRejected(msg("\"user_id\":null"), "missing or invalid 'user_id'");
        assertEventRejected(msg("\"user_id\":true"), "missing or invalid 'user_id'");
        assertEventRejected(msg("\"user_id\":[1]"), "missing or invalid 'user_id'");
        assertEventRejected(msg("\"message\":\"no id\""), "missing or invalid 'user_id'");
        assertEventRejected(leave("\"user_id\":{}"), "missing or invalid 'user_id'");
        assertEventRejected(upd("\"user_id\":1,\"flag\":\"Admin\""), "'flag' must be a list");
        assertEventRejected(upd("\"user_id\":1,\"flags\":{}"), "'flag' must be a list");
        assertEventRejected(upd("\"user_id\":1,\"attribute\":\"x\""), "'attribute' must be a list or an object");
        assertEventRejected(upd("\"user_id\":1,\"attributes\":5"), "'attribute' must be a list or an object");
        assertEventRejected(upd("\"user_id\":1,\"attribute\":[{\"value\":\"x\"}]"), "'attribute' entries must be {key, value}");
        assertEventRejected(upd("\"user_id\":1,\"attribute\":[{\"key\":\"a\",\"value\":\"1\"},\"b\"]"),
                "'attribute' entries must be {key, value}");
        // the order of the checks: user id, then flags, then attributes
        assertEventRejected(upd("\"attribute\":5,\"flag\":5,\"user_id\":\"x\""), "'user_id' is not a number");
        assertEventRejected(upd("\"attribute\":5,\"flag\":5,\"user_id\":1"), "'flag' must be a list");
        // fields other events would need do not matter
        assertThat(codec.decode(leave("\"user_id\":2,\"flag\":5,\"attribute\":\"x\",\"type\":[]")).event()).isEqualTo(new UserLeaveEvent(2));
        assertThat(codec.decode("{\"command\":\"Botapichat.ConnectEventRequest\",\"payload\":{\"user_id\":\"x\",\"channel\":\"c\"}}").event())
                .isEqualTo(new ConnectEvent("c"));
    }

    @Test
    void envelopeFaultsComeBeforeEventFaultsAndSyntaxBeforeEverything() {
        assertRejected("{\"payload\":{\"user_id\":\"x\"},\"request_id\":\"y\",\"command\":\"Botapichat.MessageEventRequest\"}",
                "'request_id' is not a number");
        assertRejected("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":\"x\"},\"status\":1}",
                "'status' must be {area, code}");
        assertRejected("{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":\"y\",\"payload\":{\"user_id\":\"x\"}, oops}",
                "not valid JSON");
    }

    @Test
    void aRepeatedCommandCountsAsTheLastOne() {
        CapiFrame frame = codec.decode("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":1,\"a\":2},"
                + "\"command\":\"Botapichat.SendMessageResponse\"}");
        assertThat(frame.event()).isNull();
        assertThat(frame.isResponse()).isTrue();
        assertThat(frame.payload().get("a").asInt()).isEqualTo(2);
        assertThat(codec.decode("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":1},"
                + "\"command\":\"Botapichat.UserLeaveEventRequest\"}").event()).isEqualTo(new UserLeaveEvent(1));
    }

    @Test
    void longFramesAreQuotedShortly() {
        String frame = "{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":\"x\",\"message\":\""
                + "a".repeat(500) + "\"}}";
        assertThatThrownBy(() -> codec.decode(frame)).hasMessageStartingWith("Cannot decode CAPI frame: 'user_id' is not a number [frame: ")
                .hasMessageEndingWith("…]");
    }

    // ---- the same answers as the tree-based decoder, on generated frames ----

    @Test
    void sameOutcomeAsTheTreeDecoderOnGeneratedFrames() {
        Random random = new Random(20261122);
        LegacyCapiCodec legacy = new LegacyCapiCodec();
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            frames.add(randomFrame(random));
        }
        // and broken variants of well-formed frames
        for (int i = 0; i < 5_000; i++) {
            frames.add(mutate(randomFrame(random), random));
        }
        int events = 0;
        int rejected = 0;
        for (String frame : frames) {
            String expected = outcome(legacy, frame);
            assertThat(outcome(frame)).as(frame).isEqualTo(expected);
            events += expected.startsWith("OK event") ? 1 : 0;
            rejected += expected.startsWith("OK") ? 0 : 1;
        }
        // the generator must reach both sides
        assertThat(events).isGreaterThan(3_000);
        assertThat(rejected).isGreaterThan(3_000);
    }

    @Test
    void sameOutcomeAsTheTreeDecoderOnFramesOfTheShapeServersSend() {
        Random random = new Random(20261123);
        LegacyCapiCodec legacy = new LegacyCapiCodec();
        int events = 0;
        for (int i = 0; i < 20_000; i++) {
            String frame = cleanFrame(random);
            String expected = outcome(legacy, frame);
            assertThat(outcome(frame)).as(frame).isEqualTo(expected);
            events += expected.startsWith("OK event") ? 1 : 0;
        }
        assertThat(events).isGreaterThan(15_000);
    }

    private static final String[] CLEAN_COMMANDS = {"Botapichat.ConnectEventRequest", "Botapichat.DisconnectEventRequest",
        "Botapichat.MessageEventRequest", "Botapichat.MessageEventRequest", "Botapichat.MessageEventRequest",
        "Botapichat.UserUpdateEventRequest", "Botapichat.UserUpdateEventRequest", "Botapichat.UserLeaveEventRequest"};
    private static final String[] CLEAN_TEXTS = {"\"gl hf\"", "\"\"", "null", "\"say \\\"hi\\\" \\\\ \\/ \\b\\f\\n\\r\\t\"",
        "\"\\u00e9\\u00C9\\uD83D\\uDE00 é 😀\"", "\"[b]bot#Azeroth\"", "\"{not: json}\""};
    private static final String[] CLEAN_IDS = {"0", "7", "-3", "123456789012345678", "\"12\"", "\" 8 \"", "null"};
    private static final String[] CLEAN_TYPES = {"\"Channel\"", "\"Whisper\"", "\"Emote\"", "\"ServerInfo\"",
        "\"ServerError\"", "\"Brand new\"", "null"};
    private static final String[] CLEAN_FLAGS = {"[]", "[\"Moderator\"]", "[ \"Admin\" , \"Speaker\" ]", "null"};
    private static final String[] CLEAN_ATTRIBUTES = {"[]", "[{\"key\":\"ProgramId\",\"value\":\"W3XP\"},{\"value\":null,\"key\":\"Wins\"}]",
        "[{\"key\":\"Rate\"}]", "[{\"key\":\"a\",\"value\":\"1\"},{\"key\":\"a\",\"value\":\"2\"}]", "{}",
        "{\"ProgramId\":\"STAR\",\"Rank\":null}", "null"};

    /** Frames of the shape servers send, with the variations seen on the wire (blanks, both key spellings, escapes). */
    private static String cleanFrame(Random random) {
        String ws = random.nextInt(6) == 0 ? " " : "";
        List<String> payload = new ArrayList<>();
        payload.add("\"user_id\":" + ws + (random.nextInt(4) == 0 ? pick(CLEAN_IDS, random) : String.valueOf(random.nextInt(500))));
        maybe(payload, random, 2, "\"message\":" + ws + pick(CLEAN_TEXTS, random));
        maybe(payload, random, 2, "\"type\":" + pick(CLEAN_TYPES, random));
        maybe(payload, random, 4, "\"channel\":" + pick(CLEAN_TEXTS, random));
        maybe(payload, random, 3, "\"toon_name\":" + pick(CLEAN_TEXTS, random));
        maybe(payload, random, 4, "\"flag\":" + pick(CLEAN_FLAGS, random));
        maybe(payload, random, 4, "\"flags\":" + pick(CLEAN_FLAGS, random));
        maybe(payload, random, 4, "\"attribute\":" + pick(CLEAN_ATTRIBUTES, random));
        maybe(payload, random, 4, "\"attributes\":" + pick(CLEAN_ATTRIBUTES, random));
        java.util.Collections.shuffle(payload, random);
        List<String> fields = new ArrayList<>();
        fields.add("\"command\":" + ws + "\"" + pick(CLEAN_COMMANDS, random) + "\"");
        if (random.nextInt(4) != 0) {
            fields.add((random.nextBoolean() ? "\"request_id\":" : "\"requestId\":") + pick(CLEAN_IDS, random));
        }
        if (random.nextInt(10) != 0) {
            fields.add("\"payload\":" + (random.nextInt(15) == 0 ? "null" : "{" + String.join("," + ws, payload) + "}"));
        }
        if (random.nextInt(4) == 0) {
            java.util.Collections.shuffle(fields, random);
        }
        return ws + "{" + String.join(ws + "," + ws, fields) + "}" + ws;
    }

    private String outcome(String frame) {
        try {
            CapiFrame f = codec.decode(frame);
            return describe(f, f.event());
        } catch (CapiDecodeException e) {
            return (e.isEventPayload() ? "EVENT " : "FRAME ") + e.getMessage();
        }
    }

    private static String outcome(LegacyCapiCodec legacy, String frame) {
        CapiFrame f;
        try {
            f = legacy.decode(frame);
        } catch (CapiDecodeException e) {
            return "FRAME " + e.getMessage();
        }
        try {
            return describe(f, legacy.toEvent(f, frame));
        } catch (CapiDecodeException e) {
            return "EVENT " + e.getMessage();
        }
    }

    private static String describe(CapiFrame f, CapiEvent event) {
        return "OK " + (event != null ? "event " + event : "payload " + f.payload()) + " | " + f.command() + " | "
               + f.requestId() + " | " + f.status() + " | " + f.isResponse() + " | " + f.isSuccess();
    }

    private static final String[] COMMANDS = {"\"Botapichat.ConnectEventRequest\"", "\"Botapichat.DisconnectEventRequest\"",
        "\"Botapichat.MessageEventRequest\"", "\"Botapichat.MessageEventRequest\"", "\"Botapichat.MessageEventRequest\"",
        "\"Botapichat.UserUpdateEventRequest\"", "\"Botapichat.UserUpdateEventRequest\"", "\"Botapichat.UserLeaveEventRequest\"",
        "\" Botapichat.MessageEventRequest \"", "\"Botapichat. UserUpdateEventRequest\"", "\"\\tBotapichat.MessageEventRequest\"",
        "\"Botapichat.SendMessageResponse\"", "\"Botapiauth.AuthenticateResponse\"", "\"Botapichat.SomethingNewEventRequest\"",
        "\"\"", "\"botapichat.messageeventrequest\"", "5", "null", "[]", "{}", "true"};
    private static final String[] IDS = {"1", "0", "-5", "300", "2147483648", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "1.0", "1e3", "\"12\"", "\" 13 \"", "\"+7\"", "\"x\"", "\"\"", "null", "true", "[]", "{}", "[1]",
        "{\"a\":1}"};
    private static final String[] STATUSES = {"null", "{}", "{\"area\":0,\"code\":0}", "{\"area\":6,\"code\":8}",
        "{\"area\":8,\"code\":1}", "{\"area\":8}", "{\"code\":1}", "{\"area\":\"8\",\"code\":1}", "{\"area\":1.5,\"code\":2}",
        "{\"area\":3e9,\"code\":0}", "{\"area\":-2.5e0,\"code\":0}", "{\"area\":2147483648,\"code\":0}",
        "{\"area\":-2147483648,\"code\":0}", "{\"area\":null,\"code\":0}", "{\"area\":true,\"code\":0}", "[]", "5", "\"x\"",
        "{\"area\":1,\"code\":2,\"area\":3}", "{\"area\":1,\"code\":2,\"x\":{\"y\":[]}}", "{\"area\":[1],\"code\":2}",
        "{\"area\":99999999999999999999,\"code\":2}", "{\"area\":1e400,\"code\":2}"};
    private static final String[] USER_IDS = {"5", "300", "\"7\"", "\" 8 \"", "\"x\"", "\"\"", "null", "1.5", "true", "[]", "{}",
        "99999999999999999999", "-1", "9223372036854775807", "\"9223372036854775808\"", "1e2"};
    private static final String[] TEXTS = {"\"hi\"", "\"\"", "null", "5", "-0", "1.5", "1e400", "2.50", "true", "false", "[]",
        "{\"a\":1}", "\"é \\\" \\u00e9 \\n\"", "12345678901", "123456789012345678901234", "[1,[2]]"};
    private static final String[] TYPES = {"\"Channel\"", "\"Whisper\"", "\"Emote\"", "\"ServerInfo\"", "\"ServerError\"",
        "\"Unknown\"", "\"channel\"", "\"Channel \"", "null", "1", "[]", "{}", "\"\""};
    private static final String[] FLAGS = {"[]", "[\"Moderator\"]", "[\"Admin\",\"Speaker\"]", "[null,1,1.5,true,{},[],\"x\"]",
        "null", "\"Admin\"", "5", "{}"};
    private static final String[] ATTRIBUTES = {"[]", "[{\"key\":\"ProgramId\",\"value\":\"W3XP\"}]", "[{\"key\":\"a\"}]",
        "[{\"value\":\"x\"}]", "[{\"key\":null,\"value\":null}]", "[{\"key\":1,\"value\":2.5}]", "[1]", "[null]",
        "[{\"key\":\"a\",\"value\":{\"b\":1}}]", "[{\"key\":\"a\",\"value\":\"1\"},{\"key\":\"a\",\"value\":\"2\"}]",
        "[{\"key\":\"a\",\"value\":\"1\"},{\"nokey\":1},{\"key\":\"b\"}]", "[{\"key\":[],\"value\":[1],\"key\":\"k\",\"x\":1}]",
        "{}", "{\"ProgramId\":\"STAR\",\"Rank\":\"3\"}", "{\"a\":null,\"b\":1,\"c\":[1],\"a\":\"dup\"}", "null", "\"x\"", "5",
        "true"};
    private static final String[] EXTRAS = {"{\"nested\":[1,2,{\"x\":null}]}", "[]", "\"s\"", "null", "1.25"};

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String randomPayload(Random random) {
        List<String> fields = new ArrayList<>();
        if (random.nextInt(10) < 8) {
            fields.add("\"user_id\":" + (random.nextInt(3) == 0 ? pick(USER_IDS, random) : String.valueOf(random.nextInt(200))));
        }
        maybe(fields, random, 3, "\"message\":" + pick(TEXTS, random));
        maybe(fields, random, 3, "\"type\":" + pick(TYPES, random));
        maybe(fields, random, 4, "\"channel\":" + pick(TEXTS, random));
        maybe(fields, random, 4, "\"toon_name\":" + pick(TEXTS, random));
        maybe(fields, random, 4, "\"flag\":" + pick(FLAGS, random));
        maybe(fields, random, 4, "\"flags\":" + pick(FLAGS, random));
        maybe(fields, random, 4, "\"attribute\":" + pick(ATTRIBUTES, random));
        maybe(fields, random, 4, "\"attributes\":" + pick(ATTRIBUTES, random));
        maybe(fields, random, 6, "\"other\":" + pick(EXTRAS, random));
        if (!fields.isEmpty() && random.nextInt(8) == 0) {
            fields.add(rewrite(fields.get(random.nextInt(fields.size())), random)); // a repeated key
        }
        java.util.Collections.shuffle(fields, random);
        return "{" + String.join(",", fields) + "}";
    }

    /** The same key with another value of its kind. */
    private static String rewrite(String field, Random random) {
        String name = field.substring(0, field.indexOf(':'));
        String[] pool = switch (name) {
            case "\"user_id\"" -> USER_IDS;
            case "\"type\"" -> TYPES;
            case "\"flag\"", "\"flags\"" -> FLAGS;
            case "\"attribute\"", "\"attributes\"" -> ATTRIBUTES;
            case "\"other\"" -> EXTRAS;
            default -> TEXTS;
        };
        return name + ":" + pick(pool, random);
    }

    private static void maybe(List<String> fields, Random random, int oneIn, String field) {
        if (random.nextInt(oneIn) == 0) {
            fields.add(field);
        }
    }

    private static String randomFrame(Random random) {
        List<String> fields = new ArrayList<>();
        if (random.nextInt(12) != 0) {
            fields.add("\"command\":" + pick(COMMANDS, random));
        }
        if (random.nextInt(3) != 0) {
            fields.add("\"request_id\":" + (random.nextInt(2) == 0 ? pick(IDS, random) : String.valueOf(random.nextInt(100_000))));
        }
        maybe(fields, random, 5, "\"requestId\":" + pick(IDS, random));
        maybe(fields, random, 5, "\"status\":" + pick(STATUSES, random));
        if (random.nextInt(10) != 0) {
            fields.add("\"payload\":" + (random.nextInt(12) == 0 ? pick(new String[] {"null", "[]", "5", "\"x\""}, random)
                    : randomPayload(random)));
        }
        maybe(fields, random, 8, "\"extra\":" + pick(EXTRAS, random));
        if (!fields.isEmpty() && random.nextInt(10) == 0) {
            String repeated = fields.get(random.nextInt(fields.size()));
            String name = repeated.substring(0, repeated.indexOf(':'));
            fields.add(name + ":" + switch (name) {
                case "\"command\"" -> pick(COMMANDS, random);
                case "\"payload\"" -> randomPayload(random);
                case "\"status\"" -> pick(STATUSES, random);
                default -> pick(IDS, random);
            });
        }
        if (random.nextInt(2) == 0) {
            java.util.Collections.shuffle(fields, random);
        }
        String sep = random.nextInt(10) == 0 ? " , " : ",";
        return "{" + String.join(sep, fields) + "}";
    }

    private static String mutate(String frame, Random random) {
        StringBuilder sb = new StringBuilder(frame);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, "{}[]\",: x1".charAt(random.nextInt(10)));
                case 2 -> sb.setCharAt(at, "{}[]\",: x1".charAt(random.nextInt(10)));
                default -> sb.setLength(at); // truncated
            }
        }
        return sb.toString();
    }

    // ---- helpers ----

    private CapiFrame decode(String fields) {
        return codec.decode("{\"command\":\"Botapichat.SendMessageResponse\"," + fields + "}");
    }

    private MessageEvent message(String payloadFields) {
        return (MessageEvent) codec.decode(msg(payloadFields)).event();
    }

    private UserUpdateEvent update(String payloadFields) {
        return (UserUpdateEvent) codec.decode(upd(payloadFields)).event();
    }

    private static String msg(String payloadFields) {
        return "{\"command\":\"Botapichat.MessageEventRequest\",\"request_id\":1,\"payload\":{" + payloadFields + "}}";
    }

    private static String upd(String payloadFields) {
        return "{\"payload\":{" + payloadFields + "},\"command\":\"Botapichat.UserUpdateEventRequest\"}";
    }

    private static String leave(String payloadFields) {
        return "{\"command\":\"Botapichat.UserLeaveEventRequest\",\"payload\":{" + payloadFields + "}}";
    }

    private void assertRejected(String frame, String reason) {
        assertThatThrownBy(() -> codec.decode(frame)).isInstanceOf(CapiDecodeException.class)
                .hasMessageStartingWith("Cannot decode CAPI frame: " + reason + " [frame: ")
                .matches(e -> !((CapiDecodeException) e).isEventPayload(), "an envelope fault");
    }

    private void assertEventRejected(String frame, String reason) {
        assertThatThrownBy(() -> codec.decode(frame)).isInstanceOf(CapiDecodeException.class)
                .hasMessageStartingWith("Cannot decode CAPI frame: " + reason + " [frame: ")
                .matches(e -> ((CapiDecodeException) e).isEventPayload(), "an event fault");
    }
}
