package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;

/**
 * The scalar deserializers of the hitbox model: the server and older clients put numbers and booleans in strings
 * ({@code "timeout":"10"}, {@code "isSubscriber":"false"}, {@code "choice":"1"}), and votes were handled with
 * {@code Number(…)} by the clients, so every form is accepted. Values quoted in error messages are shortened.
 */
final class LenientDeserializers {

    private static final int MAX_QUOTED = 40;

    private LenientDeserializers() {
    }

    static String quote(String value) {
        String v = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "\u2026" : value;
        StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.append('"').toString();
    }

    /** {@code true}/{@code false}, numbers (0 is false), {@code "true"}/{@code "1"}/{@code "yes"}…; blank is null. */
    static final class LenientBoolean extends StdScalarDeserializer<Boolean> {

        private static final long serialVersionUID = 1L;

        LenientBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return p.getDecimalValue().signum() != 0;
                case VALUE_STRING: {
                    String s = p.getText().strip().toLowerCase(Locale.ROOT);
                    switch (s) {
                        case "":
                        case "null":
                            return null;
                        case "true":
                        case "1":
                        case "yes":
                        case "on":
                            return Boolean.TRUE;
                        case "false":
                        case "0":
                        case "no":
                        case "off":
                            return Boolean.FALSE;
                        default:
                            return (Boolean) ctxt.reportInputMismatch(this, "Not a boolean: %s", quote(p.getText()));
                    }
                }
                default:
                    return (Boolean) ctxt.reportInputMismatch(this, "Expected a boolean but got %s",
                            describe(p.currentToken()));
            }
        }
    }

    /** Integers, integral decimals, numeric strings, booleans (1/0); blank is null. */
    static final class LenientInteger extends StdScalarDeserializer<Integer> {

        private static final long serialVersionUID = 1L;

        LenientInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return toInt(p.getDecimalValue(), p.getText(), ctxt);
                case VALUE_TRUE:
                    return 1;
                case VALUE_FALSE:
                    return 0;
                case VALUE_STRING: {
                    String s = p.getText().strip();
                    if (s.isEmpty() || s.equalsIgnoreCase("null")) {
                        return null;
                    }
                    if (s.equalsIgnoreCase("true")) {
                        return 1;
                    }
                    if (s.equalsIgnoreCase("false")) {
                        return 0;
                    }
                    BigDecimal d;
                    try {
                        d = new BigDecimal(s.length() > 40 ? "x" : s);
                    } catch (NumberFormatException e) {
                        return (Integer) ctxt.reportInputMismatch(this, "Not an integer: %s", quote(p.getText()));
                    }
                    return toInt(d, s, ctxt);
                }
                default:
                    return (Integer) ctxt.reportInputMismatch(this, "Expected an integer but got %s",
                            describe(p.currentToken()));
            }
        }

        private Integer toInt(BigDecimal d, String text, DeserializationContext ctxt) throws IOException {
            try {
                return d.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                return (Integer) ctxt.reportInputMismatch(this, "Not a whole number in the integer range: %s", quote(text));
            }
        }
    }

    /** Epoch seconds/milliseconds as numbers or strings, or ISO-8601 strings (see {@link HitboxTimes}). */
    static final class LenientInstant extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        LenientInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                switch (p.currentToken()) {
                    case VALUE_NUMBER_INT:
                        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                            return HitboxTimes.fromEpoch(p.getDecimalValue());
                        }
                        return HitboxTimes.fromEpoch(p.getLongValue());
                    case VALUE_NUMBER_FLOAT:
                        return HitboxTimes.fromEpoch(p.getDecimalValue());
                    case VALUE_STRING:
                        return HitboxTimes.parse(p.getText());
                    default:
                        return (Instant) ctxt.reportInputMismatch(this,
                                "Expected epoch seconds or an ISO-8601 date-time but got %s",
                                describe(p.currentToken()));
                }
            } catch (DateTimeException | NumberFormatException e) {
                // no cause: DateTimeParseException messages quote the whole text
                return (Instant) ctxt.reportInputMismatch(this,
                        "Not epoch seconds or an ISO-8601 date-time: %s", quote(p.getText()));
            }
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
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.toString();
        }
    }
}
