package io.github.camelchat.examples.kafka;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Wraps one inbound chat event for {@code chat.events}:
 *
 * <pre>{@code
 * {"source":"capi","channel":"Op Camel","type":"message","user":"Alice","text":"hi","time":null,
 *  "event":{ ...the event as the component gave it... }}
 * }</pre>
 *
 * The record key ({@code kafka.KEY}) is {@code source:channel}, so all events of one chat land in one partition, in
 * order. {@code source}, {@code channel} and {@code type} are also set as Kafka record headers, for consumers that
 * route without parsing. {@code user}, {@code text} and {@code time} come from the component's headers (the CAPI wire
 * carries only user ids; the component resolves the toon name) and are null when the event has none.
 *
 * <p>The body may be the raw JSON text ({@code rawJson=true}, the relay's choice: the server's own JSON, untouched)
 * or a typed record, which is converted with Jackson just as {@code .marshal().json()} would write it.
 */
public final class ChatEventEnvelope implements Processor {

    /** Kafka record header with the source component. */
    public static final String SOURCE = "source";
    /** Kafka record header with the channel. */
    public static final String CHANNEL = "channel";
    /** Kafka record header with the event type (the component's event or method name). */
    public static final String TYPE = "type";

    static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private final ChatSource source;
    private final String fixedChannel;

    /**
     * @param fixedChannel the channel for sources whose events do not name one (chatbox: the chatbox name); null to
     *                     read it from the component's channel header
     */
    public ChatEventEnvelope(ChatSource source, String fixedChannel) {
        this.source = Objects.requireNonNull(source, "source");
        this.fixedChannel = fixedChannel;
    }

    /** {@code source:channel}: the key of every record of that chat. */
    public static String key(ChatSource source, String channel) {
        return source.scheme() + ":" + channel;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String channel = fixedChannel != null ? fixedChannel
                : in.getHeader(source.channelHeader(), String.class);
        if (channel == null || channel.isEmpty()) {
            channel = "unknown";
        }
        String type = in.getHeader(source.typeHeader(), String.class);

        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("source", source.scheme());
        envelope.put("channel", channel);
        envelope.put("type", type);
        envelope.put("user", in.getHeader(source.userHeader(), String.class));
        envelope.put("text", in.getHeader(source.textHeader(), String.class));
        Object time = source.timeHeader() == null ? null : in.getHeader(source.timeHeader());
        envelope.put("time", time == null ? null : time.toString());
        envelope.set("event", event(in.getBody()));

        in.setBody(MAPPER.writeValueAsString(envelope));
        in.setHeader(KafkaConstants.KEY, key(source, channel));
        in.setHeader(SOURCE, source.scheme());
        in.setHeader(CHANNEL, channel);
        if (type != null) {
            in.setHeader(TYPE, type);
        }
    }

    private static JsonNode event(Object body) {
        if (body == null) {
            return MAPPER.nullNode();
        }
        if (body instanceof String text) {
            try {
                return MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                // not JSON (should not happen with rawJson): keep it as a string rather than losing it
                return MAPPER.getNodeFactory().textNode(text);
            }
        }
        return MAPPER.valueToTree(body);
    }
}
