package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-pass streaming decoder of server packets, without databind in the hot path. The top-level fields are read
 * in whatever order they come (RCC puts {@code type} last), each known field into a typed slot; user objects (with
 * their roles and linked user) and rendered text are read straight from the stream by hand-written readers. The
 * packet is built once the object ends. Only unknown packet types and unknown events need the raw tree, which is then
 * obtained from a {@link RawSource} (re-parsing the frame: the rare path).
 * <p>
 * Coercions: a string field also takes a number or boolean (as text); an integer field takes an integer, an integral
 * number or a numeric string; a boolean field takes a boolean or the string {@code "true"}/{@code "false"};
 * {@code null} always means absent. Anything else is a type error. A top-level field of the wrong type makes the
 * frame invalid only if the packet being built uses it; an error inside a user object always does. Thread-safe
 * (stateless).
 */
final class PacketDecoder {

    /** Supplies the whole packet as a tree when an unknown packet or event needs it. */
    @FunctionalInterface
    interface RawSource {
        JsonNode get() throws IOException;
    }

    // kinds of field
    private static final int STRING = 0;
    private static final int TIME = 1;
    private static final int LONG = 2;
    private static final int INT = 3;
    private static final int BOOL = 4;
    private static final int USER = 5;
    private static final int USERS = 6;
    private static final int STRINGS = 7;
    private static final int TREE = 8;

    // known top-level fields (union over all packets)
    static final int F_EVENT = 0;
    static final int F_TIME = 1;
    static final int F_ID = 2;
    static final int F_GUEST = 3;
    static final int F_LICENSE_OWNER = 4;
    static final int F_LICENSE_OWNER_USER = 5;
    static final int F_CAPABILITIES = 6;
    static final int F_PLAYERS = 7;
    static final int F_REASON = 8;
    static final int F_ERROR = 9;
    static final int F_MESSAGE = 10;
    static final int F_CLOSE_REASON = 11;
    static final int F_TEXT = 12;
    static final int F_RAW_TEXT = 13;
    static final int F_RENDERED_TEXT = 14;
    static final int F_USER = 15;
    static final int F_DISCORD_ID = 16;
    static final int F_DISCORD_USER = 17;
    static final int F_EDITED = 18;
    static final int F_NAME = 19;
    static final int F_RAW_NAME = 20;
    static final int F_COMMAND = 21;
    static final int F_ARGS = 22;
    static final int F_OWNER_ONLY = 23;
    static final int F_SOURCE = 24;
    static final int F_ORIGIN = 25;
    static final int F_DESTINATION = 26;
    static final int F_RESTART_TYPE = 27;
    static final int F_RESTART_SECONDS = 28;
    static final int F_RESTART_AT = 29;
    private static final int FIELD_COUNT = 30;

    private static final String[] NAMES = {
        "event", "time", "id", "guest", "licenseOwner", "licenseOwnerUser", "capabilities", "players", "reason",
        "error", "message", "closeReason", "text", "rawText", "renderedText", "user", "discordId", "discordUser",
        "edited", "name", "rawName", "command", "args", "ownerOnly", "source", "origin", "destination",
        "restartType", "restartSeconds", "restartAt",
    };

    private static final int[] KINDS = {
        STRING, TIME, LONG, BOOL, STRING, USER, STRINGS, USERS, STRING,
        STRING, STRING, STRING, STRING, STRING, TREE, USER, STRING, USER,
        BOOL, STRING, STRING, STRING, STRINGS, BOOL, USER, STRING, STRING,
        STRING, INT, TIME,
    };

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Returned by the scalar readers for a value of the wrong type. */
    private static final Object INVALID = new Object();

    private final boolean detectAfkReturn;

    PacketDecoder(boolean detectAfkReturn) {
        this.detectAfkReturn = detectAfkReturn;
    }

    private static int fieldIndex(String name) {
        switch (name) {
            case "event": return F_EVENT;
            case "time": return F_TIME;
            case "id": return F_ID;
            case "guest": return F_GUEST;
            case "licenseOwner": return F_LICENSE_OWNER;
            case "licenseOwnerUser": return F_LICENSE_OWNER_USER;
            case "capabilities": return F_CAPABILITIES;
            case "players": return F_PLAYERS;
            case "reason": return F_REASON;
            case "error": return F_ERROR;
            case "message": return F_MESSAGE;
            case "closeReason": return F_CLOSE_REASON;
            case "text": return F_TEXT;
            case "rawText": return F_RAW_TEXT;
            case "renderedText": return F_RENDERED_TEXT;
            case "user": return F_USER;
            case "discordId": return F_DISCORD_ID;
            case "discordUser": return F_DISCORD_USER;
            case "edited": return F_EDITED;
            case "name": return F_NAME;
            case "rawName": return F_RAW_NAME;
            case "command": return F_COMMAND;
            case "args": return F_ARGS;
            case "ownerOnly": return F_OWNER_ONLY;
            case "source": return F_SOURCE;
            case "origin": return F_ORIGIN;
            case "destination": return F_DESTINATION;
            case "restartType": return F_RESTART_TYPE;
            case "restartSeconds": return F_RESTART_SECONDS;
            case "restartAt": return F_RESTART_AT;
            default: return -1;
        }
    }

    /**
     * Decodes the JSON value at (or after) the parser's current token; on return the parser is on its last token.
     *
     * @return the packet, or {@code null} if the value is JSON {@code null}
     * @throws MalformedFrameException for valid JSON that is not a valid packet
     * @throws IOException             for invalid JSON or a malformed nested value (from Jackson)
     */
    ChatboxPacket decode(JsonParser p, RawSource raw) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
        }
        if (t == null) {
            throw new MalformedFrameException("empty frame");
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new MalformedFrameException("expected a JSON object but found " + describe(t));
        }
        Fields f = new Fields();
        String type = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken vt = p.nextToken();
            if ("type".equals(name)) {
                if (vt == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if (vt == JsonToken.VALUE_NULL) {
                    type = null;
                } else {
                    throw new MalformedFrameException("'type' must be a string but was " + describe(vt));
                }
                continue;
            }
            int index = fieldIndex(name);
            if (index < 0) {
                p.skipChildren();
            } else {
                f.read(index, p, vt);
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            // cannot happen with a well-behaved parser; be defensive rather than build from half a packet
            throw new MalformedFrameException("unexpected " + describe(p.currentToken()) + " in packet");
        }
        if (type == null) {
            throw new MalformedFrameException("missing 'type'");
        }
        return build(type, f, raw);
    }

    private ChatboxPacket build(String type, Fields f, RawSource raw) throws IOException {
        switch (type) {
            case ChatboxEvent.TYPE:
                return buildEvent(f, raw);
            case HelloPacket.TYPE:
                return new HelloPacket(f.bool(F_GUEST), f.string(F_LICENSE_OWNER), f.user(F_LICENSE_OWNER_USER),
                        f.strings(F_CAPABILITIES));
            case PlayersPacket.TYPE:
                return new PlayersPacket(f.time(F_TIME), f.users(F_PLAYERS));
            case SuccessPacket.TYPE:
                return new SuccessPacket(f.longValue(F_ID), f.string(F_REASON));
            case ErrorPacket.TYPE:
                return new ErrorPacket(f.longValue(F_ID), f.string(F_ERROR), f.string(F_MESSAGE));
            case ClosingPacket.TYPE:
                return new ClosingPacket(f.string(F_CLOSE_REASON), f.string(F_REASON));
            case PingPacket.TYPE:
                return PingPacket.INSTANCE;
            default:
                return new UnknownPacket(type, raw.get());
        }
    }

    private ChatboxEvent buildEvent(Fields f, RawSource raw) throws IOException {
        String event = f.string(F_EVENT);
        if (event == null) {
            return new UnknownEvent(null, raw.get());
        }
        switch (event) {
            case IngameChatEvent.EVENT:
                return new IngameChatEvent(f.string(F_TEXT), f.string(F_RAW_TEXT), f.tree(F_RENDERED_TEXT),
                        f.user(F_USER), f.time(F_TIME));
            case DiscordChatEvent.EVENT:
                return new DiscordChatEvent(f.string(F_TEXT), f.string(F_RAW_TEXT), f.tree(F_RENDERED_TEXT),
                        f.string(F_DISCORD_ID), f.user(F_DISCORD_USER), f.bool(F_EDITED), f.time(F_TIME));
            case ChatboxChatEvent.EVENT:
                return new ChatboxChatEvent(f.string(F_TEXT), f.string(F_RAW_TEXT), f.tree(F_RENDERED_TEXT),
                        f.user(F_USER), f.string(F_NAME), f.string(F_RAW_NAME), f.time(F_TIME));
            case CommandEvent.EVENT:
                return new CommandEvent(f.user(F_USER), f.string(F_COMMAND), f.strings(F_ARGS),
                        f.bool(F_OWNER_ONLY), f.time(F_TIME));
            case JoinEvent.EVENT:
                return new JoinEvent(f.user(F_USER), f.time(F_TIME));
            case LeaveEvent.EVENT:
                return new LeaveEvent(f.user(F_USER), f.time(F_TIME));
            case DeathEvent.EVENT:
                return new DeathEvent(f.string(F_TEXT), f.string(F_RAW_TEXT), f.tree(F_RENDERED_TEXT),
                        f.user(F_USER), f.user(F_SOURCE), f.time(F_TIME));
            case WorldChangeEvent.EVENT:
                return new WorldChangeEvent(f.user(F_USER), f.string(F_ORIGIN), f.string(F_DESTINATION),
                        f.time(F_TIME));
            case AfkEvent.EVENT: {
                ChatboxUser user = f.user(F_USER);
                OffsetDateTime time = f.time(F_TIME);
                // RCC sends an AFK return as "afk"; its user then already has afk=false
                if (detectAfkReturn && user != null && Boolean.FALSE.equals(user.afk())) {
                    return new AfkReturnEvent(user, time);
                }
                return new AfkEvent(user, time);
            }
            case AfkReturnEvent.EVENT:
                return new AfkReturnEvent(f.user(F_USER), f.time(F_TIME));
            case ServerRestartScheduledEvent.EVENT:
                return new ServerRestartScheduledEvent(f.string(F_RESTART_TYPE), f.intValue(F_RESTART_SECONDS),
                        f.time(F_RESTART_AT), f.time(F_TIME));
            case ServerRestartCancelledEvent.EVENT:
                return new ServerRestartCancelledEvent(f.string(F_RESTART_TYPE), f.time(F_TIME));
            default:
                return new UnknownEvent(event, raw.get());
        }
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.name();
        }
    }

    // ---- value readers (the parser is on the value's first token; on return, on its last) ----

    /** A string, or a number/boolean as text; {@link #INVALID} for an object or array (not skipped). */
    private static Object readString(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return t.isScalarValue() ? p.getText() : INVALID;
    }

    /** A boolean or "true"/"false"; {@link #INVALID} otherwise (not skipped). */
    private static Object readBoolean(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if ("true".equalsIgnoreCase(text)) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(text)) {
                return Boolean.FALSE;
            }
        }
        return INVALID;
    }

    /** An integer, integral number or numeric string as a Long; {@link #INVALID} otherwise (not skipped). */
    private static Object readInteger(JsonParser p, JsonToken t, boolean intRange) throws IOException {
        long v;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return INVALID;
            }
            v = p.getLongValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (d != Math.rint(d) || Math.abs(d) > 9.007199254740992E15) {
                return INVALID;
            }
            v = (long) d;
        } else if (t == JsonToken.VALUE_STRING) {
            try {
                v = Long.parseLong(p.getText().trim());  // RCC accepts the id "7" as 7
            } catch (NumberFormatException e) {
                return INVALID;
            }
        } else {
            return INVALID;
        }
        if (intRange && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            return INVALID;
        }
        return v;
    }

    /** The elements of a string array, or {@link #INVALID} (array consumed) if one is an object or array. */
    private static Object readStrings(JsonParser p) throws IOException {
        List<String> list = new ArrayList<>();
        for (JsonToken t = nextInArray(p); t != JsonToken.END_ARRAY; t = nextInArray(p)) {
            if (t == JsonToken.VALUE_NULL) {
                list.add(null);
            } else if (t.isScalarValue()) {
                list.add(p.getText());
            } else {
                p.skipChildren();
                for (JsonToken u = nextInArray(p); u != JsonToken.END_ARRAY; u = nextInArray(p)) {
                    p.skipChildren();
                }
                return INVALID;
            }
        }
        return list;
    }

    private static JsonToken nextInArray(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new MalformedFrameException("unexpected end of input in an array");
        }
        return t;
    }

    /** Any JSON value as a tree, built like Jackson's own tree reader would. */
    static JsonNode readTree(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    object.set(name, readTree(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken e = nextInArray(p); e != JsonToken.END_ARRAY; e = nextInArray(p)) {
                    array.add(readTree(p, e));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT: return NODES.numberNode(p.getIntValue());
                    case LONG: return NODES.numberNode(p.getLongValue());
                    default: return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                switch (p.getNumberType()) {
                    case BIG_DECIMAL: return NODES.numberNode(p.getDecimalValue());
                    case FLOAT: return NODES.numberNode(p.getFloatValue());
                    default: return NODES.numberNode(p.getDoubleValue());
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(p.getEmbeddedObject());
            default:
                throw new MalformedFrameException("unexpected " + describe(t));
        }
    }

    /** The users of an array (null elements kept). */
    private static List<ChatboxUser> readUsers(JsonParser p, String path) throws IOException {
        List<ChatboxUser> users = new ArrayList<>();
        for (JsonToken t = nextInArray(p); t != JsonToken.END_ARRAY; t = nextInArray(p)) {
            if (t == JsonToken.VALUE_NULL) {
                users.add(null);
            } else if (t == JsonToken.START_OBJECT) {
                users.add(readUser(p, path, users.size()));
            } else {
                throw typeError(path + "[" + users.size() + "]", "a user object", t);
            }
        }
        return users;
    }

    /** A user object; {@code path} and {@code index} (or -1) name it in error messages. */
    private static ChatboxUser readUser(JsonParser p, String path, int index) throws IOException {
        String type = null;
        String name = null;
        String uuid = null;
        String displayName = null;
        String group = null;
        String pronouns = null;
        String world = null;
        Boolean afk = null;
        Boolean alt = null;
        Boolean bot = null;
        Integer supporter = null;
        String id = null;
        String discriminator = null;
        String avatar = null;
        List<DiscordRole> roles = null;
        ChatboxUser linkedUser = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "type": type = userString(p, t, path, index, field); break;
                case "name": name = userString(p, t, path, index, field); break;
                case "uuid": uuid = userString(p, t, path, index, field); break;
                case "displayName": displayName = userString(p, t, path, index, field); break;
                case "group": group = userString(p, t, path, index, field); break;
                case "pronouns": pronouns = userString(p, t, path, index, field); break;
                case "world": world = userString(p, t, path, index, field); break;
                case "afk": afk = userBoolean(p, t, path, index, field); break;
                case "alt": alt = userBoolean(p, t, path, index, field); break;
                case "bot": bot = userBoolean(p, t, path, index, field); break;
                case "supporter": {
                    Object v = readInteger(p, t, true);
                    if (v == INVALID) {
                        throw typeError(where(path, index, field), "an integer", t);
                    }
                    supporter = ((Long) v).intValue();
                    break;
                }
                case "id": id = userString(p, t, path, index, field); break;
                case "discriminator": discriminator = userString(p, t, path, index, field); break;
                case "avatar": avatar = userString(p, t, path, index, field); break;
                case "roles":
                    if (t != JsonToken.START_ARRAY) {
                        throw typeError(where(path, index, field), "an array of roles", t);
                    }
                    roles = readRoles(p, where(path, index, field));
                    break;
                case "linkedUser":
                    if (t != JsonToken.START_OBJECT) {
                        throw typeError(where(path, index, field), "a user object", t);
                    }
                    linkedUser = readUser(p, where(path, index, field), -1);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new ChatboxUser(type, name, uuid, displayName, group, pronouns, world, afk, alt, bot, supporter, id,
                discriminator, avatar, roles, linkedUser);
    }

    private static List<DiscordRole> readRoles(JsonParser p, String path) throws IOException {
        List<DiscordRole> roles = new ArrayList<>();
        for (JsonToken t = nextInArray(p); t != JsonToken.END_ARRAY; t = nextInArray(p)) {
            if (t == JsonToken.VALUE_NULL) {
                roles.add(null);
                continue;
            }
            int index = roles.size();
            if (t != JsonToken.START_OBJECT) {
                throw typeError(path + "[" + index + "]", "a role object", t);
            }
            String id = null;
            String name = null;
            Integer colour = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                if (v == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case "id": id = userString(p, v, path, index, field); break;
                    case "name": name = userString(p, v, path, index, field); break;
                    case "colour": {
                        Object c = readInteger(p, v, true);
                        if (c == INVALID) {
                            throw typeError(where(path, index, field), "an integer", v);
                        }
                        colour = ((Long) c).intValue();
                        break;
                    }
                    default:
                        p.skipChildren();
                }
            }
            roles.add(new DiscordRole(id, name, colour));
        }
        return roles;
    }

    private static String userString(JsonParser p, JsonToken t, String path, int index, String field)
            throws IOException {
        Object v = readString(p, t);
        if (v == INVALID) {
            throw typeError(where(path, index, field), "a string", t);
        }
        return (String) v;
    }

    private static Boolean userBoolean(JsonParser p, JsonToken t, String path, int index, String field)
            throws IOException {
        Object v = readBoolean(p, t);
        if (v == INVALID) {
            throw typeError(where(path, index, field), "a boolean", t);
        }
        return (Boolean) v;
    }

    private static String where(String path, int index, String field) {
        return index < 0 ? path + "." + field : path + "[" + index + "]." + field;
    }

    private static MalformedFrameException typeError(String path, String expected, JsonToken actual) {
        return new MalformedFrameException("'" + path + "' must be " + expected + " but was " + describe(actual));
    }

    /** The typed slots of one packet being decoded, plus the type errors of fields not yet known to matter. */
    private static final class Fields {
        private final Object[] values = new Object[FIELD_COUNT];
        private String[] errors;

        void read(int index, JsonParser p, JsonToken t) throws IOException {
            Object value = null;
            String expected = null;
            if (t != JsonToken.VALUE_NULL) {
                switch (KINDS[index]) {
                    case STRING:
                        value = readString(p, t);
                        expected = "a string";
                        break;
                    case TIME:
                        // parsed lazily, only if the packet uses it
                        value = t == JsonToken.VALUE_STRING ? p.getText() : INVALID;
                        expected = "an ISO-8601 date-time string";
                        break;
                    case LONG:
                    case INT:
                        value = readInteger(p, t, KINDS[index] == INT);
                        expected = "an integer or a numeric string";
                        break;
                    case BOOL:
                        value = readBoolean(p, t);
                        expected = "a boolean";
                        break;
                    case USER:
                        value = t == JsonToken.START_OBJECT ? readUser(p, NAMES[index], -1) : INVALID;
                        expected = "a user object";
                        break;
                    case USERS:
                        value = t == JsonToken.START_ARRAY ? readUsers(p, NAMES[index]) : INVALID;
                        expected = "an array of user objects";
                        break;
                    case STRINGS:
                        value = t == JsonToken.START_ARRAY ? readStrings(p) : INVALID;
                        expected = "an array of strings";
                        break;
                    case TREE:
                        value = readTree(p, t);
                        break;
                    default:
                        throw new IllegalStateException();
                }
            }
            if (value == INVALID) {
                values[index] = null;
                if (errors == null) {
                    errors = new String[FIELD_COUNT];
                }
                errors[index] = "'" + NAMES[index] + "' must be " + expected + " but was " + describe(t);
                p.skipChildren();  // no-op for scalars and for arrays already consumed
            } else {
                values[index] = value;
                if (errors != null) {
                    errors[index] = null;
                }
            }
        }

        private void check(int index) {
            if (errors != null && errors[index] != null) {
                throw new MalformedFrameException(errors[index]);
            }
        }

        String string(int index) {
            check(index);
            return (String) values[index];
        }

        Boolean bool(int index) {
            check(index);
            return (Boolean) values[index];
        }

        Long longValue(int index) {
            check(index);
            return (Long) values[index];
        }

        Integer intValue(int index) {
            check(index);
            Long v = (Long) values[index];
            return v == null ? null : v.intValue();
        }

        OffsetDateTime time(int index) {
            check(index);
            String text = (String) values[index];
            if (text == null) {
                return null;
            }
            try {
                return ChatboxTimes.parse(text);
            } catch (DateTimeException e) {
                // no cause: DateTimeParseException messages quote the whole text
                String shown = text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
                throw new MalformedFrameException(
                        "'" + NAMES[index] + "' is not an ISO-8601 date-time: \"" + shown + "\"");
            }
        }

        ChatboxUser user(int index) {
            check(index);
            return (ChatboxUser) values[index];
        }

        @SuppressWarnings("unchecked")
        List<ChatboxUser> users(int index) {
            check(index);
            return (List<ChatboxUser>) values[index];
        }

        @SuppressWarnings("unchecked")
        List<String> strings(int index) {
            check(index);
            return (List<String>) values[index];
        }

        JsonNode tree(int index) {
            check(index);
            return (JsonNode) values[index];
        }
    }
}
