package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decodes server frames into {@link ChatboxPacket}s and encodes {@link Say} / {@link Tell} into client frames.
 * Thread-safe; create one and share it.
 * <p>
 * Decoding is a single streaming pass over the frame straight into the records (no intermediate tree, except for
 * {@code renderedText}, and a second parse only for packets of unknown type or event, whose raw JSON is kept). It tolerates everything the real servers do: any field
 * order ({@code type} last), unknown fields, omitted fields, {@code id} as a number or numeric string, any ISO-8601
 * offset. The {@linkplain #mapper() mapper} can also read {@code ChatboxPacket.class} / {@code ChatboxEvent.class}
 * (through the same decoder) and write every model type.
 */
public final class ChatboxCodec {

    /** Longest piece of frame text a Jackson error message may quote. */
    private static final int ERROR_TOKEN_LENGTH = 40;
    private static final int MAX_REASON_LENGTH = 200;
    private static final Pattern LONG_QUOTE = Pattern.compile("\"([^\"]{" + ERROR_TOKEN_LENGTH + "})[^\"]+\"");

    private final ObjectMapper mapper;
    private final PacketDecoder decoder;

    /** A codec that turns RCC's {@code afk} events for returning players into {@link AfkReturnEvent}s. */
    public ChatboxCodec() {
        this(true);
    }

    /**
     * @param detectAfkReturn whether an {@code afk} event whose user has {@code "afk": false} is decoded as
     *                        {@link AfkReturnEvent} (RCC sends AFK returns under the name {@code afk}; the user it
     *                        carries already has the new state). With {@code false}, events are decoded by name only.
     */
    public ChatboxCodec(boolean detectAfkReturn) {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(ERROR_TOKEN_LENGTH)
                        .maxRawContentLength(0)
                        .build())
                .build();
        SimpleModule module = new SimpleModule("chatbox");
        module.addDeserializer(ChatboxPacket.class, new PacketDeserializer<>(ChatboxPacket.class, this));
        module.addDeserializer(ChatboxEvent.class, new PacketDeserializer<>(ChatboxEvent.class, this));
        this.mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.decoder = new PacketDecoder(detectAfkReturn);
    }

    /**
     * The shared mapper: Java time support (ISO strings, offsets kept), unknown properties ignored, able to read
     * {@code ChatboxPacket.class} and {@code ChatboxEvent.class}. Do not reconfigure it.
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Decodes one text frame from the server.
     *
     * @return the packet, or {@code null} for the literal frame {@code null} (sent by RCC to sockets that connect
     *         during a scheduled restart; ignore it)
     * @throws ChatboxDecodeException if the frame is not JSON, not an object, has no {@code type}, or a field the
     *                                packet uses has the wrong type
     */
    public ChatboxPacket decode(String frame) {
        Objects.requireNonNull(frame, "frame");
        try (JsonParser p = mapper.createParser(frame)) {
            ChatboxPacket packet = decoder.decode(p, () -> reparse(frame));
            if (p.nextToken() != null) {
                throw new ChatboxDecodeException("trailing content after the JSON value", frame,
                        p.currentTokenLocation().getCharOffset(), null);
            }
            return packet;
        } catch (MalformedFrameException e) {
            throw new ChatboxDecodeException(e.getMessage(), frame, -1, null);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new ChatboxDecodeException(reason(e), frame, location == null ? -1 : location.getCharOffset(),
                    safeCause(e));
        } catch (IOException e) {
            throw new ChatboxDecodeException(truncate(String.valueOf(e.getMessage())), frame, -1, e);
        }
    }

    /**
     * Decodes a packet that was already parsed into a tree (slower than {@link #decode(String)}).
     *
     * @return the packet, or {@code null} for a {@code null} or JSON {@code null} node
     * @throws ChatboxDecodeException as {@link #decode(String)}
     */
    public ChatboxPacket decode(JsonNode packet) {
        if (packet == null) {
            return null;
        }
        try {
            return decodeTree(packet);
        } catch (MalformedFrameException e) {
            throw new ChatboxDecodeException(e.getMessage(), packet.toString(), -1, null);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException
                    ? reason((JsonProcessingException) e) : truncate(String.valueOf(e.getMessage()));
            throw new ChatboxDecodeException(reason, packet.toString(), -1,
                    e instanceof JsonProcessingException ? safeCause((JsonProcessingException) e) : e);
        }
    }

    /** The whole frame as a tree, for unknown packets and events (the only case that parses a frame twice). */
    private JsonNode reparse(String frame) throws IOException {
        try (JsonParser p = mapper.createParser(frame)) {
            return PacketDecoder.readTree(p, p.nextToken());
        }
    }

    private ChatboxPacket decodeTree(JsonNode tree) throws IOException {
        try (JsonParser p = tree.traverse(mapper)) {
            return decoder.decode(p, () -> tree);
        }
    }

    /**
     * Encodes a say packet: {@code {"type":"say","text":…,"name":…,"mode":…,"id":N}}; a {@code null} name or mode
     * is left out (the server then uses the license owner's name and markdown). Known modes are written in their
     * wire spelling (lower case); other modes are written as given.
     *
     * @throws IllegalArgumentException if the text is {@code null}
     */
    public String encodeSay(Say say, long id) {
        Objects.requireNonNull(say, "say");
        if (say.text() == null) {
            throw new IllegalArgumentException("A say needs a text");
        }
        return encode("say", null, say.text(), say.name(), say.mode(), id);
    }

    /**
     * Encodes a tell packet: {@code {"type":"tell","user":…,"text":…,"name":…,"mode":…,"id":N}}; a {@code null}
     * name or mode is left out.
     *
     * @throws IllegalArgumentException if the user is {@code null} or blank, or the text is {@code null}
     */
    public String encodeTell(Tell tell, long id) {
        Objects.requireNonNull(tell, "tell");
        if (tell.user() == null || tell.user().isBlank()) {
            throw new IllegalArgumentException("A tell needs a user (player name or UUID)");
        }
        if (tell.text() == null) {
            throw new IllegalArgumentException("A tell needs a text");
        }
        return encode("tell", tell.user(), tell.text(), tell.name(), tell.mode(), id);
    }

    private String encode(String type, String user, String text, String name, String mode, long id) {
        StringWriter out = new StringWriter(48 + text.length() + (name == null ? 0 : name.length()));
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", type);
            if (user != null) {
                g.writeStringField("user", user);
            }
            g.writeStringField("text", text);
            if (name != null) {
                g.writeStringField("name", name);
            }
            if (mode != null) {
                FormattingMode known = FormattingMode.lookup(mode);
                g.writeStringField("mode", known != null ? known.wireName() : mode);
            }
            g.writeNumberField("id", id);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // cannot happen with a StringWriter
        }
        return out.toString();
    }

    /**
     * The exception to chain as cause, or {@code null}. Databind exceptions quote offending values up to 500
     * characters long, so they are not chained (their message and path are in the reason); parser exceptions quote
     * at most {@value #ERROR_TOKEN_LENGTH} characters (configured on the factory) and are chained.
     */
    private static Throwable safeCause(JsonProcessingException e) {
        return e instanceof JsonMappingException ? null : e;
    }

    /**
     * Jackson's message without its location, plus the JSON path of the bad value; quoted values shortened to
     * {@value #ERROR_TOKEN_LENGTH} characters and the whole bounded in length.
     */
    private static String reason(JsonProcessingException e) {
        String message = LONG_QUOTE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("\"$1\u2026\"");
        StringBuilder sb = new StringBuilder(message);
        if (e instanceof JsonMappingException) {
            List<JsonMappingException.Reference> path = ((JsonMappingException) e).getPath();
            if (!path.isEmpty()) {
                StringBuilder at = new StringBuilder();
                for (JsonMappingException.Reference ref : path) {
                    if (ref.getFieldName() != null) {
                        if (at.length() > 0) {
                            at.append('.');
                        }
                        at.append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        at.append('[').append(ref.getIndex()).append(']');
                    }
                }
                sb.append(" (at ").append(at).append(')');
            }
        }
        return truncate(sb.toString());
    }

    private static String truncate(String s) {
        return s.length() <= MAX_REASON_LENGTH ? s : s.substring(0, MAX_REASON_LENGTH - 1) + '\u2026';
    }

    /** Lets {@link #mapper()} read {@code ChatboxPacket.class} / {@code ChatboxEvent.class}. */
    private static final class PacketDeserializer<T extends ChatboxPacket> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient ChatboxCodec codec;

        PacketDeserializer(Class<T> type, ChatboxCodec codec) {
            super(type);
            this.codec = codec;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            ChatboxPacket packet;
            try {
                packet = codec.decodeTree(tree);
            } catch (MalformedFrameException e) {
                return ctxt.reportInputMismatch(this, "Cannot decode chatbox packet: %s", e.getMessage());
            }
            if (packet != null && !handledType().isInstance(packet)) {
                return ctxt.reportInputMismatch(this, "Expected a chatbox %s but got a '%s' packet",
                        handledType().getSimpleName(), packet.type());
            }
            @SuppressWarnings("unchecked")
            T result = (T) packet;
            return result;
        }
    }
}
