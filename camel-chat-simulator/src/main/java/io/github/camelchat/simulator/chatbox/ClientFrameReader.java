package io.github.camelchat.simulator.chatbox;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads a client frame the way RCC's {@code Gson.fromJson(message, SomePacket.class)} sees it: one top-level object
 * whose fields keep their kind and literal text, so that Gson's coercions (a number becomes a string, {@code "7"}
 * becomes an int) can be replayed. Gson parses leniently, so comments, single quotes and unquoted names are accepted
 * too; unquoted string values, which Gson also takes, are not.
 */
final class ClientFrameReader {

    enum Kind { STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY }

    /** A field value; {@code literal} is the source text of scalars (numbers exactly as written). */
    record Value(Kind kind, String literal) {
        boolean structured() {
            return kind == Kind.OBJECT || kind == Kind.ARRAY;
        }
    }

    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /**
     * @return the top-level fields (last one wins on duplicates, as in Gson), or null when the frame is not exactly
     *         one JSON object: bad JSON, an array or scalar, {@code null}, empty input, or trailing content
     */
    Map<String, Value> read(String frame) {
        try (JsonParser parser = factory.createParser(frame)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Value> fields = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                fields.put(name, value(parser, parser.nextToken()));
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Value value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                parser.skipChildren();
                yield new Value(Kind.OBJECT, null);
            }
            case START_ARRAY -> {
                parser.skipChildren();
                yield new Value(Kind.ARRAY, null);
            }
            case VALUE_STRING -> new Value(Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Value(Kind.NUMBER, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new Value(Kind.BOOLEAN, parser.getText());
            case VALUE_NULL -> new Value(Kind.NULL, null);
            default -> throw new IOException("unexpected token " + token);
        };
    }

    /** Gson's String adapter: scalars become their text, null stays null, objects and arrays fail. */
    static String asGsonString(Value value) throws GsonMismatch {
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        if (value.structured()) {
            throw new GsonMismatch();
        }
        return value.literal();
    }

    /** Gson's Integer adapter ({@code JsonReader.nextInt}): ints, integral doubles, and strings holding either. */
    static Integer asGsonInteger(Value value) throws GsonMismatch {
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        String literal = value.literal();
        try {
            if (value.kind() == Kind.NUMBER) {
                try {
                    long asLong = Long.parseLong(literal);
                    if ((int) asLong != asLong) {
                        throw new GsonMismatch();
                    }
                    return (int) asLong;
                } catch (NumberFormatException notALong) {
                    return integralDouble(literal);
                }
            }
            if (value.kind() == Kind.STRING) {
                try {
                    return Integer.parseInt(literal);
                } catch (NumberFormatException notAnInt) {
                    return integralDouble(literal);
                }
            }
        } catch (NumberFormatException e) {
            throw new GsonMismatch();
        }
        throw new GsonMismatch();
    }

    private static int integralDouble(String literal) throws GsonMismatch {
        double asDouble = Double.parseDouble(literal);
        int result = (int) asDouble;
        if (result != asDouble) {
            throw new GsonMismatch();
        }
        return result;
    }

    /** The value cannot be bound to the Java field type: Gson throws a JsonSyntaxException. */
    static final class GsonMismatch extends Exception {
        GsonMismatch() {
            super(null, null, false, false);
        }
    }
}
