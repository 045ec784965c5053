package io.github.camelchat.hitbox.socketio;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Socket.IO 0.9 framing: packet parsing and encoding (see {@link SioPacket}), the polling payload framing, and
 * ready-made frames. Every JSON piece is written by Jackson with {@link SafeJsonEscapes}, so no argument text
 * (quotes, newlines, control characters, {@code 5:::}…) can break the framing. Stateless and thread-safe.
 */
public final class SioCodec {

    /** {@code 2::} */
    public static final String HEARTBEAT = "2::";
    /** {@code 1::} */
    public static final String CONNECT = "1::";
    /** {@code 0::} */
    public static final String DISCONNECT = "0::";
    /** {@code 8::} */
    public static final String NOOP = "8::";

    /** The polling transports' frame separator ({@code \ufffd<length>\ufffd<packet>…}). */
    private static final char PAYLOAD_MARK = '\ufffd';

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    new JsonFactoryBuilder().characterEscapes(SafeJsonEscapes.INSTANCE).build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private SioCodec() {
    }

    /**
     * Parses one packet.
     *
     * @throws SioDecodeException if the text is not a Socket.IO 0.9 packet
     */
    public static SioPacket decode(String frame) {
        return SioPacket.parse(frame);
    }

    /**
     * Parses a polling payload: either one packet, or several framed as {@code \ufffd<length>\ufffd<packet>…}
     * (lengths in UTF-16 units). WebSocket frames always hold one packet, but tolerating the framing costs nothing.
     *
     * @throws SioDecodeException if the framing or a packet is malformed
     */
    public static List<SioPacket> decodePayload(String payload) {
        if (payload == null || payload.isEmpty() || payload.charAt(0) != PAYLOAD_MARK) {
            return List.of(SioPacket.parse(payload));
        }
        List<SioPacket> packets = new ArrayList<>();
        int len = payload.length();
        int i = 0;
        while (i < len) {
            if (payload.charAt(i) != PAYLOAD_MARK) {
                throw new SioDecodeException("payload framing: '\\ufffd' expected", payload, i);
            }
            int start = ++i;
            long length = 0;
            while (i < len && payload.charAt(i) >= '0' && payload.charAt(i) <= '9' && length <= len) {
                length = length * 10 + (payload.charAt(i++) - '0');
            }
            if (i == start || i >= len || payload.charAt(i) != PAYLOAD_MARK) {
                throw new SioDecodeException("payload framing: malformed packet length", payload, i);
            }
            i++;
            if (length > len - i) {
                throw new SioDecodeException("payload framing: packet length beyond the end", payload, i);
            }
            packets.add(SioPacket.parse(payload.substring(i, i + (int) length)));
            i += (int) length;
        }
        return packets;
    }

    /** The packet in wire form. */
    public static String encode(SioPacket packet) {
        return packet.encode();
    }

    /** Several packets in the polling payload framing; a single packet is returned as is. */
    public static String encodePayload(List<SioPacket> packets) {
        if (packets.size() == 1) {
            return packets.get(0).encode();
        }
        StringBuilder sb = new StringBuilder();
        for (SioPacket packet : packets) {
            String encoded = packet.encode();
            sb.append(PAYLOAD_MARK).append(encoded.length()).append(PAYLOAD_MARK).append(encoded);
        }
        return sb.toString();
    }

    /** {@code 2::} — what a client sends back for every server heartbeat. */
    public static String heartbeat() {
        return HEARTBEAT;
    }

    /**
     * An event frame {@code 5:::{"name":<name>,"args":[<args>…]}}; with no arguments {@code args} is left out, as
     * the 0.9 encoder does. Arguments are serialised by Jackson: a {@code String} becomes a JSON string (which is how
     * the hitbox server sends its double-encoded messages), a {@code JsonNode} is written as is, a record or map as
     * an object, {@code null} as {@code null}.
     *
     * @throws IllegalArgumentException if an argument cannot be serialised
     */
    public static String event(String name, Object... args) {
        Objects.requireNonNull(name, "name");
        StringWriter out = new StringWriter(64);
        out.write("5:::");
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("name", name);
            if (args != null && args.length > 0) {
                g.writeArrayFieldStart("args");
                for (Object arg : args) {
                    MAPPER.writeValue(g, arg);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw failure(e);
        }
        return out.toString();
    }

    /**
     * An acknowledgement frame {@code 6:::<id>[+[<args>…]]} for a packet that asked for one.
     *
     * @throws IllegalArgumentException if {@code id} is not digits, or an argument cannot be serialised
     */
    public static String ack(String id, Object... args) {
        if (id == null || !SioPacket.isDigits(id)) {
            throw new IllegalArgumentException("An ack needs the numeric id of the acknowledged packet");
        }
        if (args == null || args.length == 0) {
            return "6:::" + id;
        }
        StringWriter out = new StringWriter(32);
        out.write("6:::");
        out.write(id);
        out.write('+');
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartArray();
            for (Object arg : args) {
                MAPPER.writeValue(g, arg);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw failure(e);
        }
        return out.toString();
    }

    /** A JSON message frame {@code 4:::<json>}. */
    public static String json(Object value) {
        try {
            return "4:::" + MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A text message frame {@code 3:::<text>} (the text is data as is; no escaping is needed or done). */
    public static String message(String text) {
        return SioPacket.of(SioPacketType.MESSAGE, text).encode();
    }

    /** An error frame {@code 7:::<reason>[+<advice>]}. */
    public static String error(String reason, String advice) {
        return SioPacket.error(reason, advice).encode();
    }

    private static RuntimeException failure(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            // no cause: databind messages may quote argument values
            return new IllegalArgumentException("Cannot serialise a Socket.IO argument: "
                    + e.getClass().getSimpleName());
        }
        return new UncheckedIOException(e);  // cannot happen with a StringWriter
    }
}
