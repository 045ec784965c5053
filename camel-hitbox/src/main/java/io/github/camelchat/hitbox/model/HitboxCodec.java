package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
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
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelchat.hitbox.socketio.SafeJsonEscapes;
import io.github.camelchat.hitbox.socketio.SioPacket;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decodes hitbox chat messages into {@link HitboxMessage} records and encodes {@link HitboxRequest}s into frames.
 * Thread-safe; create one and share it.
 * <p>
 * <b>Decoding.</b> The server sends {@code 5:::{"name":"message","args":["{\"method\":…,\"params\":{…}}"]}}: the
 * message is a JSON <i>string</i> inside the event (double-encoded). Clients, and the docs' examples, put an
 * object there instead; both are accepted. The event is read in one streaming pass: the string argument is parsed
 * once more (unavoidably), an object argument is read in place, and the params are bound straight to the record of
 * their method — no intermediate tree, nothing serialised again (only params that come before {@code method} are
 * buffered as tokens). Records tolerate unknown fields, missing fields, numbers and booleans sent as strings, and
 * every time format the server or clients used (see {@link HitboxTimes}). An unknown method gives an
 * {@link UnknownMessage}; malformed input throws {@link HitboxDecodeException}.
 * <p>
 * <b>Encoding.</b> Every request becomes {@code 5:::{"name":"message","args":[{"method":…,"params":{…}}]}} with an
 * object argument, written by Jackson (quotes, newlines, control characters and surrogates escaped: no text can
 * break the framing). Channels are sent in lower case. Invalid requests throw {@link IllegalArgumentException}
 * naming the field, never its value.
 */
public final class HitboxCodec {

    /** The name of the Socket.IO event that carries every hitbox message. */
    public static final String EVENT_NAME = "message";

    /** Longest piece of input a Jackson error message may quote. */
    private static final int ERROR_TOKEN_LENGTH = 40;
    private static final int MAX_REASON_LENGTH = 200;
    private static final String IN_STRING_ARG = "in the string-encoded args[0]: ";
    private static final Pattern LONG_QUOTE = Pattern.compile("\"([^\"]{" + ERROR_TOKEN_LENGTH + "})[^\"]+\"");

    private final ObjectMapper mapper;
    private final Map<String, ObjectReader> readers;
    private final ObjectReader treeReader;
    private final Clock clock;

    /** A codec whose {@code motdMsg} requests without a time use the system clock. */
    public HitboxCodec() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock the clock for {@code motdMsg} requests without a time
     */
    public HitboxCodec(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        JsonFactory factory = new JsonFactoryBuilder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(ERROR_TOKEN_LENGTH)
                        .maxRawContentLength(0)
                        .build())
                .characterEscapes(SafeJsonEscapes.INSTANCE)
                .build();
        SimpleModule module = new SimpleModule("hitbox");
        module.addDeserializer(Boolean.class, new LenientDeserializers.LenientBoolean());
        module.addDeserializer(Integer.class, new LenientDeserializers.LenientInteger());
        module.addDeserializer(Instant.class, new LenientDeserializers.LenientInstant());
        module.addDeserializer(HitboxMessage.class, new MessageDeserializer(this));
        this.mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(module)  // after JavaTimeModule: its Instant deserializer is replaced
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .build();
        Map<String, ObjectReader> map = new HashMap<>();
        map.put(LoginMsg.METHOD, mapper.readerFor(LoginMsg.class));
        map.put(ChatMsg.METHOD, mapper.readerFor(ChatMsg.class));
        map.put(DirectMsg.METHOD, mapper.readerFor(DirectMsg.class));
        map.put(InfoMsg.METHOD, mapper.readerFor(InfoMsg.class));
        map.put(ChatLog.METHOD, mapper.readerFor(ChatLog.class));
        map.put(SlowMsg.METHOD, mapper.readerFor(SlowMsg.class));
        map.put(MotdMsg.METHOD, mapper.readerFor(MotdMsg.class));
        map.put(UserList.METHOD, mapper.readerFor(UserList.class));
        map.put(UserInfo.METHOD, mapper.readerFor(UserInfo.class));
        map.put(BanList.METHOD, mapper.readerFor(BanList.class));
        map.put(MediaLog.METHOD, mapper.readerFor(MediaLog.class));
        map.put(PollMsg.METHOD, mapper.readerFor(PollMsg.class));
        map.put(RaffleMsg.METHOD, mapper.readerFor(RaffleMsg.class));
        map.put(WinnerMsg.METHOD, mapper.readerFor(WinnerMsg.class));
        map.put(WinnerMsg.METHOD_RAFFLE, mapper.readerFor(WinnerMsg.class));
        map.put(ServerMsg.METHOD, mapper.readerFor(ServerMsg.class));
        map.put(NotifyMsg.METHOD, mapper.readerFor(NotifyMsg.class));
        this.readers = Map.copyOf(map);
        this.treeReader = mapper.readerFor(JsonNode.class);
    }

    /**
     * The shared mapper: lenient scalars and times, unknown properties ignored, {@code Instant}s written as
     * ISO-8601, frames written with {@link SafeJsonEscapes}; it reads {@code HitboxMessage.class} (flat or wire
     * form) and writes every model type. Do not reconfigure it.
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The known methods (those that do not decode to {@link UnknownMessage}). */
    public java.util.Set<String> knownMethods() {
        return readers.keySet();
    }

    // ------------------------------------------------------------------------------------------------ decoding

    /**
     * Decodes the hitbox message of a packet: an {@linkplain io.github.camelchat.hitbox.socketio.SioPacketType#EVENT
     * event} ({@link #decodeEvent}), or a {@code 3}/{@code 4} message packet holding a {@code {method,params}}
     * object or a string of one (which the 0.9 client delivers the same way).
     *
     * @throws HitboxDecodeException    if the data is malformed
     * @throws IllegalArgumentException for packet types that carry no message (heartbeat, connect…)
     */
    public HitboxMessage decode(SioPacket packet) {
        return decode(packet, false).message();
    }

    /**
     * Decodes as {@link #decode(SioPacket)} does, and returns the message JSON with it: for an event, the
     * string-encoded message its parser has already unescaped, so a {@code rawJson} consumer does not parse the frame
     * a second time; for a {@code 3}/{@code 4} packet, its data.
     *
     * @throws HitboxDecodeException    if the data is malformed
     * @throws IllegalArgumentException for packet types that carry no message (heartbeat, connect…)
     */
    public Decoded decodeWithJson(SioPacket packet) {
        return decode(packet, true);
    }

    private Decoded decode(SioPacket packet, boolean withJson) {
        Objects.requireNonNull(packet, "packet");
        switch (packet.type()) {
            case EVENT:
                return parseEvent(packet.data(), withJson);
            case MESSAGE:
            case JSON:
                return new Decoded(decodeMessage(packet.data()), packet.data());
            default:
                throw new IllegalArgumentException("A Socket.IO " + packet.type() + " packet carries no hitbox message");
        }
    }

    /**
     * Decodes the data of a {@code 5:::} event, {@code {"name":"message","args":[X,…]}}, where {@code X} is the
     * message as a JSON string (what the server sends) or as an object. Further arguments are ignored.
     *
     * @throws HitboxDecodeException if the data is not such an event, or the message is malformed
     */
    public HitboxMessage decodeEvent(String data) {
        Objects.requireNonNull(data, "data");
        return parseEvent(data, false).message();
    }

    /**
     * A decoded message with its JSON.
     *
     * @param message the message
     * @param json    the message JSON as the server wrote it: the string in {@code args[0]} once decoded, or the text of
     *                an object in {@code args[0]}
     */
    public record Decoded(HitboxMessage message, String json) {
    }

    /** The event read by the parser; the message JSON only when asked for. */
    private Decoded parseEvent(String data, boolean withJson) {
        String encoded = null;  // a string-encoded args[0], decoded once the event parser is closed
        String objectJson = null;  // an object args[0] as written, when asked for
        HitboxMessage message = null;
        try (JsonParser p = mapper.createParser(data)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw malformed(p, "an event must be a JSON object but was " + LenientDeserializers.describe(t));
            }
            String name = null;
            boolean hasArgs = false;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                if ("name".equals(field)) {
                    if (v != JsonToken.VALUE_STRING) {
                        throw malformed(p, "'name' must be a string but was " + LenientDeserializers.describe(v));
                    }
                    name = p.getText();
                } else if ("args".equals(field) && !hasArgs) {
                    if (v != JsonToken.START_ARRAY) {
                        throw malformed(p, "'args' must be an array but was " + LenientDeserializers.describe(v));
                    }
                    hasArgs = true;
                    JsonToken first = p.nextToken();
                    if (first == JsonToken.VALUE_STRING) {
                        encoded = p.getText();
                    } else if (first == JsonToken.START_OBJECT) {
                        long start = p.currentTokenLocation().getCharOffset();
                        message = readMessage(p);
                        if (withJson) {
                            objectJson = data.substring((int) start, (int) p.currentLocation().getCharOffset());
                        }
                    } else {
                        throw malformed(p, first == JsonToken.END_ARRAY ? "'args' is empty"
                                : "args[0] must be a message object or a JSON string but was "
                                        + LenientDeserializers.describe(first));
                    }
                    for (JsonToken rest = p.nextToken(); rest != JsonToken.END_ARRAY; rest = p.nextToken()) {
                        if (rest == null) {
                            throw malformed(p, "unexpected end of input in 'args'");
                        }
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw malformed(p, "trailing content after the event");
            }
            if (name == null) {
                throw new Malformed("the event has no 'name'", -1);
            }
            if (!EVENT_NAME.equals(name)) {
                throw new Malformed("unexpected event name " + LenientDeserializers.quote(name)
                        + " (hitbox uses 'message')", -1);
            }
            if (!hasArgs) {
                throw new Malformed("the event has no 'args'", -1);
            }
        } catch (Malformed e) {
            throw new HitboxDecodeException(e.getMessage(), data, e.offset, null);
        } catch (JsonProcessingException e) {
            throw exception("", e, data);
        } catch (IOException e) {
            throw new HitboxDecodeException(truncate(String.valueOf(e.getMessage())), data, -1, e);
        }
        HitboxMessage decoded = encoded != null ? decodeText(encoded, IN_STRING_ARG, false) : message;
        return new Decoded(decoded, encoded != null ? encoded : objectJson);
    }

    /**
     * Decodes a bare message, {@code {"method":…,"params":{…}}}, or a JSON string holding one — the data of a
     * {@code 3}/{@code 4} packet, or a frame of the viewer-count socket (which has no Socket.IO framing).
     *
     * @throws HitboxDecodeException if it is malformed
     */
    public HitboxMessage decodeMessage(String json) {
        Objects.requireNonNull(json, "json");
        return decodeText(json, "", true);
    }

    /**
     * Decodes a message already parsed into a tree: the wire form {@code {"method":…,"params":{…}}}, the flat form
     * the records serialise to ({@code {"method":…,"channel":…,…}}), or a text node holding either.
     *
     * @throws HitboxDecodeException if it has no method or a field has the wrong type
     */
    public HitboxMessage decode(JsonNode message) {
        Objects.requireNonNull(message, "message");
        if (message.isTextual()) {
            return decodeMessage(message.textValue());
        }
        if (!message.isObject()) {
            throw new HitboxDecodeException("a message must be a JSON object but was " + message.getNodeType(),
                    message.toString(), null);
        }
        JsonNode method = message.get("method");
        if (method == null || !method.isTextual() || method.textValue().isEmpty()) {
            throw new HitboxDecodeException("the message has no 'method' string", message.toString(), null);
        }
        JsonNode params = message.get("params");
        JsonNode source = params == null ? message : params;
        try (JsonParser p = source.traverse(mapper)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.VALUE_NULL) {
                throw new Malformed("'params' must be an object but was " + LenientDeserializers.describe(t), -1);
            }
            return readParams(method.textValue(), t == JsonToken.START_OBJECT ? p : null);
        } catch (Malformed e) {
            throw new HitboxDecodeException(e.getMessage(), message.toString(), null);
        } catch (JsonProcessingException e) {
            throw exception("", e, message.toString());
        } catch (IOException e) {
            throw new HitboxDecodeException(truncate(String.valueOf(e.getMessage())), message.toString(), -1, e);
        }
    }

    /** A message object in its own text (the inner string of an event, or a bare message). */
    private HitboxMessage decodeText(String text, String context, boolean allowString) {
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t = p.nextToken();
            HitboxMessage message;
            if (t == JsonToken.START_OBJECT) {
                message = readMessage(p);
            } else if (t == JsonToken.VALUE_STRING && allowString) {
                message = decodeText(p.getText(), "in the string-encoded message: ", false);
            } else {
                throw malformed(p, "a message must be a JSON object but was " + LenientDeserializers.describe(t));
            }
            if (p.nextToken() != null) {
                throw malformed(p, "trailing content after the message");
            }
            return message;
        } catch (Malformed e) {
            throw new HitboxDecodeException(context + e.getMessage(), text, e.offset, null);
        } catch (JsonProcessingException e) {
            throw exception(context, e, text);
        } catch (IOException e) {
            throw new HitboxDecodeException(context + truncate(String.valueOf(e.getMessage())), text, -1, e);
        }
    }

    /** {@code {"method":…,"params":{…}}} from {@code p} at its START_OBJECT; the parser ends at its END_OBJECT. */
    private HitboxMessage readMessage(JsonParser p) throws IOException {
        String method = null;
        HitboxMessage message = null;
        TokenBuffer early = null;  // params seen before the method
        boolean hasParams = false;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            if ("method".equals(field)) {
                if (t != JsonToken.VALUE_STRING || p.getTextLength() == 0) {
                    throw malformed(p, "'method' must be a non-empty string but was "
                            + (t == JsonToken.VALUE_STRING ? "empty" : LenientDeserializers.describe(t)));
                }
                method = p.getText();
            } else if ("params".equals(field) && !hasParams) {
                hasParams = true;
                if (t == JsonToken.START_OBJECT) {
                    if (method != null) {
                        message = readParams(method, p);
                    } else {
                        early = TokenBuffer.asCopyOfValue(p);
                    }
                } else if (t != JsonToken.VALUE_NULL) {
                    throw malformed(p, "'params' must be an object but was " + LenientDeserializers.describe(t));
                }
            } else {
                p.skipChildren();
            }
        }
        if (method == null) {
            throw malformed(p, "the message has no 'method'");
        }
        if (message != null) {
            return message;
        }
        if (early != null) {
            try (JsonParser buffered = early.asParser(mapper)) {
                buffered.nextToken();
                return readParams(method, buffered);
            }
        }
        return readParams(method, null);
    }

    /** Binds params ({@code p} at their START_OBJECT, or {@code null} for none) to the record of the method. */
    private HitboxMessage readParams(String method, JsonParser p) throws IOException {
        ObjectReader reader = readers.get(method);
        String dispatched = method;
        if (reader == null) {
            // Smashcast's optional "service" may prefix the method: service.method
            int dot = method.lastIndexOf('.');
            if (dot >= 0 && dot < method.length() - 1) {
                dispatched = method.substring(dot + 1);
                reader = readers.get(dispatched);
            }
        }
        if (reader == null) {
            JsonNode params = p == null ? mapper.createObjectNode() : treeReader.readValue(p);
            JsonNode channel = params.get("channel");
            return new UnknownMessage(method, channel != null && channel.isTextual() ? channel.textValue() : null,
                    params);
        }
        HitboxMessage message = p == null ? reader.readValue("{}") : reader.readValue(p);
        if (message instanceof WinnerMsg) {
            message = ((WinnerMsg) message).withMethod(dispatched);
        }
        return message;
    }

    // ------------------------------------------------------------------------------------------------ encoding

    /**
     * Encodes a request as the frame {@code 5:::{"name":"message","args":[{"method":…,"params":{…}}]}}.
     *
     * @throws IllegalArgumentException if a required field is missing or a value is out of range (the message
     *                                  names the field, never its value)
     */
    public String encode(HitboxRequest request) {
        Objects.requireNonNull(request, "request");
        validate(request);
        StringWriter out = new StringWriter(160);
        out.write("5:::");
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("name", EVENT_NAME);
            g.writeFieldName("args");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringField("method", request.method());
            g.writeFieldName("params");
            g.writeStartObject();
            writeParams(g, request);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // cannot happen with a StringWriter
        }
        return out.toString();
    }

    /** {@code joinChannel}: see {@link JoinChannelRequest}; {@code null} name and token log in as a guest. */
    public String joinChannel(String channel, String name, String token, boolean hideBuffered, boolean notify) {
        return encode(new JoinChannelRequest(channel, name, token, hideBuffered, notify));
    }

    /** {@code partChannel}: see {@link PartChannelRequest}. */
    public String partChannel(String name) {
        return encode(new PartChannelRequest(name));
    }

    /** {@code chatMsg}: see {@link ChatMsgRequest#of} (a leading {@code /me } makes an action line). */
    public String chatMsg(String channel, String name, String nameColor, String text) {
        return encode(ChatMsgRequest.of(channel, name, nameColor, text));
    }

    /** {@code directMsg}: see {@link DirectMsgRequest}. */
    public String directMsg(String channel, String from, String to, String nameColor, String text) {
        return encode(new DirectMsgRequest(channel, from, to, nameColor, text));
    }

    /** {@code getChannelUserList}: see {@link GetChannelUserListRequest}. */
    public String getChannelUserList(String channel) {
        return encode(new GetChannelUserListRequest(channel));
    }

    /** {@code getChannelUser}: see {@link GetChannelUserRequest}. */
    public String getChannelUser(String channel, String name) {
        return encode(new GetChannelUserRequest(channel, name));
    }

    /** {@code mediaLog} of images: see {@link MediaLogRequest}. */
    public String mediaLog(String channel, String name, String token) {
        return encode(new MediaLogRequest(channel, MediaLogRequest.TYPE_IMAGE, name, token));
    }

    /** {@code kickUser}: see {@link KickUserRequest}. */
    public String kickUser(String channel, String name, String token, long timeoutSeconds) {
        return encode(new KickUserRequest(channel, name, token, timeoutSeconds));
    }

    /** {@code banUser}: see {@link BanUserRequest}. */
    public String banUser(String channel, String name, String token, boolean banIP) {
        return encode(new BanUserRequest(channel, name, token, banIP));
    }

    /** {@code unbanUser}: see {@link UnbanUserRequest}. */
    public String unbanUser(String channel, String name, String token) {
        return encode(new UnbanUserRequest(channel, name, token));
    }

    /** {@code makeMod}: see {@link MakeModRequest}. */
    public String makeMod(String channel, String name, String token) {
        return encode(new MakeModRequest(channel, name, token));
    }

    /** {@code removeMod}: see {@link RemoveModRequest}. */
    public String removeMod(String channel, String name, String token) {
        return encode(new RemoveModRequest(channel, name, token));
    }

    /** {@code slowMode{channel,time}}: see {@link SlowModeRequest}. */
    public String slowMode(String channel, int seconds) {
        return encode(SlowModeRequest.slowMode(channel, seconds));
    }

    /** {@code slowMode{channel,subscriber,rate:0}}: see {@link SlowModeRequest}. */
    public String subscriberOnly(String channel, boolean on) {
        return encode(SlowModeRequest.subscriberOnly(channel, on));
    }

    /** {@code motdMsg}: see {@link MotdMsgRequest} ({@code null} time: now). */
    public String motdMsg(String channel, String name, String nameColor, String text, Instant time) {
        return encode(new MotdMsgRequest(channel, name, nameColor, text, time));
    }

    private static void validate(HitboxRequest request) {
        if (request instanceof JoinChannelRequest) {
            JoinChannelRequest r = (JoinChannelRequest) request;
            requireChannel(r.channel());
            if (r.token() != null && isBlank(r.name())) {
                throw new IllegalArgumentException("joinChannel: a token needs a name");
            }
        } else if (request instanceof PartChannelRequest) {
            return;
        } else if (request instanceof ChatMsgRequest) {
            ChatMsgRequest r = (ChatMsgRequest) request;
            requireChannel(r.channel());
            require(r.name(), "chatMsg", "name");
            requireText(r.text(), "chatMsg");
        } else if (request instanceof DirectMsgRequest) {
            DirectMsgRequest r = (DirectMsgRequest) request;
            requireChannel(r.channel());
            require(r.from(), "directMsg", "from");
            require(r.to(), "directMsg", "to");
            requireText(r.text(), "directMsg");
        } else if (request instanceof GetChannelUserListRequest) {
            requireChannel(((GetChannelUserListRequest) request).channel());
        } else if (request instanceof GetChannelUserRequest) {
            GetChannelUserRequest r = (GetChannelUserRequest) request;
            requireChannel(r.channel());
            require(r.name(), "getChannelUser", "name");
        } else if (request instanceof MediaLogRequest) {
            MediaLogRequest r = (MediaLogRequest) request;
            requireChannel(r.channel());
            require(r.name(), "mediaLog", "name");
        } else if (request instanceof KickUserRequest) {
            KickUserRequest r = (KickUserRequest) request;
            requireChannel(r.channel());
            require(r.name(), "kickUser", "name");
            if (r.timeoutSeconds() < 0) {
                throw new IllegalArgumentException("kickUser: the timeout cannot be negative");
            }
        } else if (request instanceof BanUserRequest) {
            BanUserRequest r = (BanUserRequest) request;
            requireChannel(r.channel());
            require(r.name(), "banUser", "name");
        } else if (request instanceof UnbanUserRequest) {
            UnbanUserRequest r = (UnbanUserRequest) request;
            requireChannel(r.channel());
            require(r.name(), "unbanUser", "name");
        } else if (request instanceof MakeModRequest) {
            MakeModRequest r = (MakeModRequest) request;
            requireChannel(r.channel());
            require(r.name(), "makeMod", "name");
        } else if (request instanceof RemoveModRequest) {
            RemoveModRequest r = (RemoveModRequest) request;
            requireChannel(r.channel());
            require(r.name(), "removeMod", "name");
        } else if (request instanceof SlowModeRequest) {
            SlowModeRequest r = (SlowModeRequest) request;
            requireChannel(r.channel());
            if ((r.time() == null) == (r.subscriber() == null)) {
                throw new IllegalArgumentException("slowMode: set exactly one of time and subscriber");
            }
            if (r.time() != null && r.time() < 0) {
                throw new IllegalArgumentException("slowMode: the time cannot be negative");
            }
        } else if (request instanceof MotdMsgRequest) {
            MotdMsgRequest r = (MotdMsgRequest) request;
            requireChannel(r.channel());
            require(r.name(), "motdMsg", "name");
        }
    }

    private void writeParams(JsonGenerator g, HitboxRequest request) throws IOException {
        if (request instanceof JoinChannelRequest) {
            JoinChannelRequest r = (JoinChannelRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("name", isBlank(r.name()) ? HitboxRequest.GUEST_NAME : r.name());
            writeToken(g, r.token());
            g.writeBooleanField("isAdmin", false);
            if (r.hideBuffered()) {
                g.writeBooleanField("hideBuffered", true);
            }
            if (r.notifyJoinPart()) {
                g.writeBooleanField("notify", true);
            }
        } else if (request instanceof PartChannelRequest) {
            PartChannelRequest r = (PartChannelRequest) request;
            g.writeStringField("name", isBlank(r.name()) ? HitboxRequest.GUEST_NAME : r.name());
        } else if (request instanceof ChatMsgRequest) {
            ChatMsgRequest r = (ChatMsgRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("name", r.name());
            writeColor(g, r.nameColor());
            g.writeStringField("text", r.text());
            if (r.me()) {
                g.writeStringField("type", ChatMsg.TYPE_ME);
            }
        } else if (request instanceof DirectMsgRequest) {
            DirectMsgRequest r = (DirectMsgRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("from", r.from());
            g.writeStringField("to", r.to());
            writeColor(g, r.nameColor());
            g.writeStringField("text", r.text());
        } else if (request instanceof GetChannelUserListRequest) {
            g.writeStringField("channel", lower(((GetChannelUserListRequest) request).channel()));
        } else if (request instanceof GetChannelUserRequest) {
            GetChannelUserRequest r = (GetChannelUserRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("name", r.name());
        } else if (request instanceof MediaLogRequest) {
            MediaLogRequest r = (MediaLogRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("type", isBlank(r.type()) ? MediaLogRequest.TYPE_IMAGE : r.type());
            g.writeStringField("name", r.name());
            writeToken(g, r.token());
        } else if (request instanceof KickUserRequest) {
            KickUserRequest r = (KickUserRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("name", r.name());
            writeToken(g, r.token());
            // the docs' example sends the seconds as a string ("timeout":"10"); the server took both
            g.writeStringField("timeout", Long.toString(r.timeoutSeconds()));
        } else if (request instanceof BanUserRequest) {
            BanUserRequest r = (BanUserRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("name", r.name());
            if (r.token() != null) {
                writeToken(g, r.token());
            }
            if (r.banIP()) {
                g.writeBooleanField("banIP", true);
            }
        } else if (request instanceof UnbanUserRequest) {
            UnbanUserRequest r = (UnbanUserRequest) request;
            writeModeration(g, r.channel(), r.name(), r.token());
        } else if (request instanceof MakeModRequest) {
            MakeModRequest r = (MakeModRequest) request;
            writeModeration(g, r.channel(), r.name(), r.token());
        } else if (request instanceof RemoveModRequest) {
            RemoveModRequest r = (RemoveModRequest) request;
            writeModeration(g, r.channel(), r.name(), r.token());
        } else if (request instanceof SlowModeRequest) {
            SlowModeRequest r = (SlowModeRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            if (r.time() != null) {
                g.writeNumberField("time", r.time());
            } else {
                g.writeBooleanField("subscriber", r.subscriber());
                g.writeNumberField("rate", 0);
            }
        } else if (request instanceof MotdMsgRequest) {
            MotdMsgRequest r = (MotdMsgRequest) request;
            g.writeStringField("channel", lower(r.channel()));
            g.writeStringField("name", r.name());
            writeColor(g, r.nameColor());
            g.writeStringField("text", r.text() == null ? "" : r.text());
            g.writeStringField("time", HitboxTimes.toIsoString(r.time() != null ? r.time() : clock.instant()));
        } else {
            throw new IllegalArgumentException("Unsupported request " + request.getClass().getName());
        }
    }

    private static void writeModeration(JsonGenerator g, String channel, String name, String token)
            throws IOException {
        g.writeStringField("channel", lower(channel));
        g.writeStringField("name", name);
        writeToken(g, token);
    }

    /** The token, or JSON {@code null} (never a string "null"). */
    private static void writeToken(JsonGenerator g, String token) throws IOException {
        if (token == null) {
            g.writeNullField("token");
        } else {
            g.writeStringField("token", token);
        }
    }

    /** The colour without a leading {@code #}; left out when blank. */
    private static void writeColor(JsonGenerator g, String color) throws IOException {
        if (isBlank(color)) {
            return;
        }
        String c = color.strip();
        g.writeStringField("nameColor", c.charAt(0) == '#' ? c.substring(1) : c);
    }

    private static String lower(String channel) {
        return channel.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireChannel(String channel) {
        if (isBlank(channel)) {
            throw new IllegalArgumentException("A hitbox request needs a channel");
        }
    }

    private static void require(String value, String method, String field) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(method + ": '" + field + "' is required");
        }
    }

    private static void requireText(String text, String method) {
        if (text == null) {
            throw new IllegalArgumentException(method + ": 'text' is required");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    // ------------------------------------------------------------------------------------------------ errors

    /** Thrown inside the decoder for valid JSON that is not a valid message; carries no input text. */
    private static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long offset;

        Malformed(String message, long offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static Malformed malformed(JsonParser p, String reason) {
        JsonLocation location = p.currentTokenLocation();
        return new Malformed(reason, location == null ? -1 : location.getCharOffset());
    }

    private static HitboxDecodeException exception(String context, JsonProcessingException e, String text) {
        JsonLocation location = e.getLocation();
        return new HitboxDecodeException(context + reason(e), text, location == null ? -1 : location.getCharOffset(),
                e instanceof JsonMappingException ? null : e);
    }

    /**
     * Jackson's message without its location, plus the JSON path of the bad value; quoted values shortened to
     * {@value #ERROR_TOKEN_LENGTH} characters and the whole bounded in length. Databind exceptions are not chained
     * as causes: their messages may quote long values.
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

    /** Lets {@link #mapper()} read {@code HitboxMessage.class}, in wire or flat form. */
    private static final class MessageDeserializer extends StdDeserializer<HitboxMessage> {

        private static final long serialVersionUID = 1L;

        private final transient HitboxCodec codec;

        MessageDeserializer(HitboxCodec codec) {
            super(HitboxMessage.class);
            this.codec = codec;
        }

        @Override
        public HitboxMessage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            try {
                return codec.decode(tree);
            } catch (HitboxDecodeException e) {
                return (HitboxMessage) ctxt.reportInputMismatch(this, "Cannot decode hitbox message: %s",
                        e.reason());
            }
        }
    }
}
