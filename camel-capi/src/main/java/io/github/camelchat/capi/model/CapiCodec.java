package io.github.camelchat.capi.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes CAPI envelopes. Tolerant where the real server and the document disagree: {@code request_id} or
 * {@code requestId}, blanks in command names, a missing {@code payload} or {@code status}, {@code user_id} as number
 * or numeric string, and both user-update shapes; the envelope's keys may come in any order. Thread-safe.
 * <p>
 * Decoding is one pass over the frame, and the five event commands are read straight into their {@link CapiEvent}
 * record by one Jackson {@code JsonParser}, without a {@link JsonNode} tree; only other commands (responses, unknown
 * commands) keep their payload as a tree, and so does an event whose payload came before its command. Where keys repeat, the last one counts, as in a tree. A frame with several faults is
 * rejected for the first of: not JSON, not an object, {@code command}, {@code request_id}, {@code status},
 * {@code payload}, then the event's fields (user id, flags, attributes).
 */
public final class CapiCodec {

    private static final CapiEventType[] EVENT_TYPES = CapiEventType.values();
    private static final MessageType[] MESSAGE_TYPES = MessageType.values();

    private static final String NOT_JSON = "not valid JSON";
    private static final String NOT_OBJECT = "expected a JSON object";
    private static final String NO_COMMAND = "missing 'command'";
    private static final String BAD_REQUEST_ID = "'request_id' is not a number";
    private static final String BAD_STATUS = "'status' must be {area, code}";
    private static final String BAD_PAYLOAD = "'payload' must be an object";
    private static final String BAD_USER_ID_NUMBER = "'user_id' is not a number";
    private static final String BAD_USER_ID = "missing or invalid 'user_id'";
    private static final String BAD_FLAGS = "'flag' must be a list";
    private static final String BAD_ATTRIBUTE_ENTRY = "'attribute' entries must be {key, value}";
    private static final String BAD_ATTRIBUTES = "'attribute' must be a list or an object";

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Decodes one text frame. For the five event commands the frame's {@link CapiFrame#event() event} is decoded as
     * well (its {@link CapiFrame#payload() payload} is then {@code null}); a malformed event is rejected here.
     *
     * @throws CapiDecodeException if the frame is not a CAPI envelope, or an event frame's payload is not that event
     */
    public CapiFrame decode(String frame) {
        return decode(frame, false);
    }

    private CapiFrame decode(String frame, boolean payloadAsTree) {
        Envelope envelope = new Envelope();
        try (JsonParser parser = mapper.getFactory().createParser(frame)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    // read the value to its end: a broken one is "not valid JSON", as with a tree
                    parser.finishToken();
                    parser.skipChildren();
                }
                throw new CapiDecodeException(NOT_OBJECT, frame, null);
            }
            readEnvelope(parser, envelope, payloadAsTree);
        } catch (IOException e) {
            throw new CapiDecodeException(NOT_JSON, frame, null);
        }
        if (envelope.command == null) {
            throw new CapiDecodeException(NO_COMMAND, frame, null);
        }
        if (envelope.idError) {
            throw new CapiDecodeException(BAD_REQUEST_ID, frame, null);
        }
        if (envelope.statusError) {
            throw new CapiDecodeException(BAD_STATUS, frame, null);
        }
        if (envelope.payloadState == Envelope.PAYLOAD_NOT_OBJECT) {
            throw new CapiDecodeException(BAD_PAYLOAD, frame, null);
        }
        CapiEventType type = envelope.eventType;
        if (type == null) {
            if (envelope.payloadState == Envelope.PAYLOAD_STREAMED) {
                // a repeated 'command' turned an event into something else after its payload was read: rare, re-read
                return decode(frame, true);
            }
            JsonNode payload = envelope.payloadState == Envelope.PAYLOAD_TREE ? envelope.payloadTree
                    : JsonNodeFactory.instance.objectNode();
            return new CapiFrame(envelope.command, envelope.requestId(), envelope.status(), payload);
        }
        EventFields fields = envelope.fields;
        if (envelope.payloadState == Envelope.PAYLOAD_TREE) {
            fields = fieldsOf(envelope.payloadTree, frame);
        } else if (envelope.payloadState != Envelope.PAYLOAD_STREAMED) {
            fields = new EventFields();
        }
        return new CapiFrame(envelope.command, envelope.requestId(), envelope.status(), null,
                fields.toEvent(type, frame));
    }

    /** Encodes a request; {@code payload} values are written as Jackson writes them. */
    public String encode(String command, long requestId, Map<String, ?> payload) {
        ObjectNode root = mapper.createObjectNode();
        root.put("command", command);
        root.put("request_id", requestId);
        root.set("payload", mapper.valueToTree(payload == null ? Map.of() : payload));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + command + ": " + e.getOriginalMessage(), e);
        }
    }

    // ---- the envelope ----

    /** What the root object said; faults are recorded and reported once the whole frame parsed. */
    private static final class Envelope {
        static final int PAYLOAD_ABSENT = 0; // missing or null
        static final int PAYLOAD_STREAMED = 1;
        static final int PAYLOAD_TREE = 2;
        static final int PAYLOAD_NOT_OBJECT = 3;

        static final int ID_ABSENT = 0;
        static final int ID_NULL = 1;
        static final int ID_NUMBER = 2;
        static final int ID_ERROR = 3;

        String command;
        CapiEventType eventType;
        int snakeId;
        long snakeIdValue;
        int camelId;
        long camelIdValue;
        boolean idError;
        boolean statusPresent;
        boolean statusError;
        int area;
        int code;
        int payloadState;
        EventFields fields;
        JsonNode payloadTree;

        Long requestId() {
            // request_id wins whenever present (even as null); requestId is the document's spelling
            if (snakeId != ID_ABSENT) {
                return snakeId == ID_NUMBER ? Long.valueOf(snakeIdValue) : null;
            }
            return camelId == ID_NUMBER ? Long.valueOf(camelIdValue) : null;
        }

        CapiStatus status() {
            if (!statusPresent) {
                return null;
            }
            return area == 0 && code == 0 ? CapiStatus.OK : new CapiStatus(area, code);
        }
    }

    private void readEnvelope(JsonParser p, Envelope env, boolean payloadAsTree) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "command" -> readCommand(p, token, env);
                case "request_id" -> {
                    env.snakeId = idState(p, token);
                    env.snakeIdValue = env.snakeId == Envelope.ID_NUMBER ? idValue(p, token) : 0;
                }
                case "requestId" -> {
                    env.camelId = idState(p, token);
                    env.camelIdValue = env.camelId == Envelope.ID_NUMBER ? idValue(p, token) : 0;
                }
                case "status" -> readStatus(p, token, env);
                case "payload" -> {
                    env.fields = null;
                    env.payloadTree = null;
                    if (token == JsonToken.VALUE_NULL) {
                        env.payloadState = Envelope.PAYLOAD_ABSENT;
                    } else if (token != JsonToken.START_OBJECT) {
                        env.payloadState = Envelope.PAYLOAD_NOT_OBJECT;
                        p.skipChildren();
                    } else if (env.eventType != null && !payloadAsTree) {
                        env.fields = new EventFields();
                        env.fields.read(p);
                        env.payloadState = Envelope.PAYLOAD_STREAMED;
                    } else {
                        // not (yet) known to be an event: keep the payload as a tree
                        env.payloadTree = mapper.readTree(p);
                        env.payloadState = Envelope.PAYLOAD_TREE;
                    }
                }
                default -> p.skipChildren();
            }
        }
        int id = env.snakeId != Envelope.ID_ABSENT ? env.snakeId : env.camelId;
        env.idError = id == Envelope.ID_ERROR;
    }

    private static void readCommand(JsonParser p, JsonToken token, Envelope env) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            env.command = null;
            env.eventType = null;
            p.skipChildren();
            return;
        }
        CapiEventType type = eventType(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (type != null) {
            env.command = type.command();
            env.eventType = type;
        } else {
            String command = p.getText().replace(" ", "");
            env.command = command;
            env.eventType = CapiEventType.ofCommand(command);
        }
    }

    /** The event whose command is exactly these characters, without making a string. */
    private static CapiEventType eventType(char[] chars, int offset, int length) {
        for (CapiEventType type : EVENT_TYPES) {
            if (sameChars(type.command(), chars, offset, length)) {
                return type;
            }
        }
        return null;
    }

    private static boolean sameChars(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        // the commands share their prefix: compare from the end
        for (int i = length - 1; i >= 0; i--) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** A request id: {@code null}, an integer that fits a long, or a numeric string. */
    private static int idState(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return Envelope.ID_NULL;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? Envelope.ID_ERROR : Envelope.ID_NUMBER;
        }
        if (token == JsonToken.VALUE_STRING) {
            return parseLong(p.getText()) != null ? Envelope.ID_NUMBER : Envelope.ID_ERROR;
        }
        p.skipChildren();
        return Envelope.ID_ERROR;
    }

    private static long idValue(JsonParser p, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? parseLong(p.getText()) : p.getLongValue();
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code null}, or an object whose {@code area} and {@code code} convert to ints (as a tree's nodes would). */
    private static void readStatus(JsonParser p, JsonToken token, Envelope env) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            env.statusPresent = false;
            env.statusError = false;
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            env.statusPresent = false;
            env.statusError = true;
            p.skipChildren();
            return;
        }
        boolean areaOk = false;
        boolean codeOk = false;
        int area = 0;
        int code = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            if ("area".equals(name)) {
                areaOk = isInt(p, value);
                area = areaOk ? intValue(p, value) : 0;
            } else if ("code".equals(name)) {
                codeOk = isInt(p, value);
                code = codeOk ? intValue(p, value) : 0;
            } else {
                p.skipChildren();
            }
        }
        env.statusError = !(areaOk && codeOk);
        env.statusPresent = !env.statusError;
        env.area = area;
        env.code = code;
    }

    /** {@code JsonNode.canConvertToInt()} of the value a tree would hold. */
    private static boolean isInt(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT) {
                return true;
            }
            if (type == JsonParser.NumberType.LONG) {
                long v = p.getLongValue();
                return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            }
            return false;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            double v = p.getDoubleValue();
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
        }
        p.skipChildren();
        return false;
    }

    /** {@code JsonNode.asInt()} of a value {@link #isInt} accepted. */
    private static int intValue(JsonParser p, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_NUMBER_FLOAT ? (int) p.getDoubleValue() : (int) p.getLongValue();
    }

    /** {@code JsonNode.asText()} of the value a tree would hold; {@code null} for JSON null. */
    private static String text(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return Integer.toString(p.getIntValue());
                    case LONG:
                        return Long.toString(p.getLongValue());
                    default:
                        return p.getBigIntegerValue().toString();
                }
            case VALUE_NUMBER_FLOAT:
                return Double.toString(p.getDoubleValue());
            default:
                // an object or an array reads as ""
                p.skipChildren();
                return "";
        }
    }

    // ---- event payloads ----

    private static EventFields fieldsOf(JsonNode payload, String frame) {
        EventFields fields = new EventFields();
        try (JsonParser p = payload.traverse()) {
            p.nextToken();
            fields.read(p);
        } catch (IOException e) {
            throw new CapiDecodeException(NOT_JSON, frame, null); // a tree always reads back
        }
        return fields;
    }

    /**
     * The payload fields of all five events, read in one pass whatever the command: the key sets do not clash, and
     * the command may come after the payload. Faults are kept for the event that needs the field.
     */
    static final class EventFields {
        static final int USER_ID_MISSING = 0;
        static final int USER_ID_OK = 1;
        static final int USER_ID_NOT_NUMBER = 2;

        String channel;
        String message;
        MessageType type = MessageType.Unknown;
        String toonName;
        int userIdState;
        long userId;
        /** 'flag' and 'flags': a key present (even as null) wins over the other spelling. */
        boolean flagPresent;
        List<String> flag;
        boolean flagError;
        boolean flagsPresent;
        List<String> flags;
        boolean flagsError;
        boolean attributePresent;
        Map<String, String> attribute;
        String attributeError;
        boolean attributesPresent;
        Map<String, String> attributes;
        String attributesError;

        /** Reads the payload object the parser is at (its START_OBJECT). */
        void read(JsonParser p) throws IOException {
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken token = p.nextToken();
                switch (name) {
                    case "user_id" -> readUserId(p, token);
                    case "message" -> message = text(p, token);
                    case "type" -> type = token == JsonToken.VALUE_STRING ? messageType(p) : skip(p);
                    case "channel" -> channel = text(p, token);
                    case "toon_name" -> toonName = text(p, token);
                    case "flag" -> {
                        flagPresent = true;
                        flagError = token != JsonToken.VALUE_NULL && token != JsonToken.START_ARRAY;
                        flag = flagError ? skipList(p) : readFlags(p, token);
                    }
                    case "flags" -> {
                        flagsPresent = true;
                        flagsError = token != JsonToken.VALUE_NULL && token != JsonToken.START_ARRAY;
                        flags = flagsError ? skipList(p) : readFlags(p, token);
                    }
                    case "attribute" -> {
                        attributePresent = true;
                        attributeError = null;
                        attribute = readAttributes(p, token, true);
                    }
                    case "attributes" -> {
                        attributesPresent = true;
                        attributesError = null;
                        attributes = readAttributes(p, token, false);
                    }
                    default -> p.skipChildren();
                }
            }
        }

        private void readUserId(JsonParser p, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                userIdState = USER_ID_OK;
                // as JsonNode.asLong(): a BigInteger keeps its low 64 bits
                userId = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue().longValue()
                        : p.getLongValue();
            } else if (token == JsonToken.VALUE_STRING) {
                Long id = parseLong(p.getText());
                userIdState = id == null ? USER_ID_NOT_NUMBER : USER_ID_OK;
                userId = id == null ? 0 : id;
            } else {
                userIdState = USER_ID_MISSING;
                userId = 0;
                p.skipChildren();
            }
        }

        private static MessageType messageType(JsonParser p) throws IOException {
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            for (MessageType t : MESSAGE_TYPES) {
                if (t != MessageType.Unknown && sameChars(t.name(), chars, offset, length)) {
                    return t;
                }
            }
            return MessageType.Unknown;
        }

        private static MessageType skip(JsonParser p) throws IOException {
            p.skipChildren();
            return MessageType.Unknown;
        }

        private static List<String> skipList(JsonParser p) throws IOException {
            p.skipChildren();
            return null;
        }

        private static List<String> readFlags(JsonParser p, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            List<String> list = new ArrayList<>(4);
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                String text = text(p, element);
                list.add(text == null ? "null" : text);
            }
            return list;
        }

        /** Both shapes; a fault is recorded in {@code attributeError} or {@code attributesError}. */
        private Map<String, String> readAttributes(JsonParser p, JsonToken token, boolean singular) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            Map<String, String> map = new LinkedHashMap<>();
            if (token == JsonToken.START_ARRAY) {
                // the real server: [{"key": "ProgramId", "value": "W3XP"}, ...]
                String error = null;
                JsonToken element;
                while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (element != JsonToken.START_OBJECT) {
                        error = error == null ? BAD_ATTRIBUTE_ENTRY : error;
                        p.skipChildren();
                        continue;
                    }
                    boolean hasKey = false;
                    String key = null;
                    String value = null;
                    String name;
                    while ((name = p.nextFieldName()) != null) {
                        JsonToken v = p.nextToken();
                        if ("key".equals(name)) {
                            hasKey = true;
                            key = text(p, v);
                            key = key == null ? "null" : key;
                        } else if ("value".equals(name)) {
                            value = text(p, v);
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (!hasKey) {
                        error = error == null ? BAD_ATTRIBUTE_ENTRY : error;
                    } else if (error == null) {
                        map.put(key, value);
                    }
                }
                setAttributeError(singular, error);
            } else if (token == JsonToken.START_OBJECT) {
                // the document: {"ProgramId": "W3XP", ...}
                String name;
                while ((name = p.nextFieldName()) != null) {
                    map.put(name, text(p, p.nextToken()));
                }
            } else {
                setAttributeError(singular, BAD_ATTRIBUTES);
                p.skipChildren();
            }
            return map;
        }

        private void setAttributeError(boolean singular, String error) {
            if (singular) {
                attributeError = error;
            } else {
                attributesError = error;
            }
        }

        CapiEvent toEvent(CapiEventType eventType, String frame) {
            return switch (eventType) {
                case CONNECT -> new ConnectEvent(channel);
                case DISCONNECT -> new DisconnectEvent();
                case MESSAGE -> new MessageEvent(userId(frame), message, type);
                case USER_UPDATE -> {
                    long id = userId(frame);
                    if (flagPresent ? flagError : flagsError) {
                        throw new CapiDecodeException(BAD_FLAGS, frame, null, true);
                    }
                    String attributeFault = attributePresent ? attributeError : attributesError;
                    if (attributeFault != null) {
                        throw new CapiDecodeException(attributeFault, frame, null, true);
                    }
                    yield new UserUpdateEvent(id, toonName, flagPresent ? flag : flags,
                            attributePresent ? attribute : attributes);
                }
                case USER_LEAVE -> new UserLeaveEvent(userId(frame));
            };
        }

        private long userId(String frame) {
            if (userIdState == USER_ID_OK) {
                return userId;
            }
            throw new CapiDecodeException(userIdState == USER_ID_NOT_NUMBER ? BAD_USER_ID_NUMBER : BAD_USER_ID, frame,
                    null, true);
        }
    }
}
