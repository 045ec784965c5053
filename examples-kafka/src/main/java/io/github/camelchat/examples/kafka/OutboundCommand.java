package io.github.camelchat.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.hitbox.HitboxConstants;
import org.apache.camel.Message;

/**
 * One {@code chat.outbound} record, read from either shape:
 *
 * <ul>
 * <li>a JSON object {@code {"target":"chatbox|capi|hitbox","channel":"...","text":"...","operation":"...",
 * "user":"...","mode":"..."}} ({@code operation}, {@code user}, {@code mode} optional; {@code channel} optional
 * except for hitbox);</li>
 * <li>plain text as the value, with Kafka record headers {@code target} and {@code channel} (and optionally
 * {@code operation}, {@code user}).</li>
 * </ul>
 *
 * Fields in the JSON win over headers; headers fill in what the JSON leaves out.
 */
public record OutboundCommand(ChatSource target, String channel, String text, String operation, String user,
                              String mode) {

    /** Kafka record header naming the target component when the value is plain text. */
    public static final String TARGET_HEADER = "target";
    /** Kafka record header naming the channel when the value is plain text. */
    public static final String CHANNEL_HEADER = "channel";
    public static final String OPERATION_HEADER = "operation";
    public static final String USER_HEADER = "user";

    /** Hitbox channels become part of an endpoint URI: letters, digits, '_' and '-' only. */
    private static final Pattern HITBOX_CHANNEL = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * Reads the record in the message.
     *
     * @param enabled the targets this relay runs; any other target is refused
     */
    public static OutboundCommand read(Message message, Set<ChatSource> enabled) throws InvalidOutboundRecordException {
        Object raw = message.getBody();
        String body = raw instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : message.getBody(String.class);
        JsonNode json = null;
        String trimmed = body == null ? "" : body.trim();
        if (trimmed.startsWith("{")) {
            try {
                json = ChatEventEnvelope.MAPPER.readTree(trimmed);
            } catch (JsonProcessingException e) {
                throw new InvalidOutboundRecordException("value is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        String targetName = field(json, "target", message, TARGET_HEADER);
        if (targetName == null || targetName.isBlank()) {
            throw new InvalidOutboundRecordException("no target: set \"target\" in the JSON or a 'target' header");
        }
        ChatSource target = ChatSource.fromScheme(targetName);
        if (target == null) {
            throw new InvalidOutboundRecordException("unknown target '" + targetName
                    + "' (expected chatbox, capi or hitbox)");
        }
        if (!enabled.contains(target)) {
            throw new InvalidOutboundRecordException("target '" + target.scheme() + "' is not enabled in this relay");
        }
        String channel = field(json, "channel", message, CHANNEL_HEADER);
        if (channel != null && channel.isBlank()) {
            channel = null;
        }
        if (target == ChatSource.HITBOX && (channel == null || !HITBOX_CHANNEL.matcher(channel).matches())) {
            throw new InvalidOutboundRecordException("hitbox needs a channel of letters, digits, '_' or '-', got "
                    + (channel == null ? "none" : "'" + channel + "'"));
        }
        String text = json != null ? text(json.get("text")) : body;
        return new OutboundCommand(target, channel, text,
                field(json, "operation", message, OPERATION_HEADER),
                field(json, "user", message, USER_HEADER),
                json == null ? null : text(json.get("mode")));
    }

    /** Puts the text in the body and the operation, user and name into the target component's headers. */
    public void applyTo(Message message) {
        message.setBody(text == null ? "" : text);
        switch (target) {
            case CHATBOX -> {
                // the chatbox "channel" is the name shown in chat
                setIfPresent(message, ChatboxConstants.NAME, channel);
                setIfPresent(message, ChatboxConstants.OPERATION, operation);
                setIfPresent(message, ChatboxConstants.USER, user);
                setIfPresent(message, ChatboxConstants.MODE, mode);
            }
            case CAPI -> {
                setIfPresent(message, CapiConstants.OPERATION, operation);
                setIfPresent(message, CapiConstants.TARGET_TOON_NAME, user);
            }
            case HITBOX -> {
                setIfPresent(message, HitboxConstants.OPERATION, operation);
                // a directMsg goes to the recipient; moderation and getChannelUser name the target user
                setIfPresent(message, HitboxConstants.RECIPIENT, user);
                setIfPresent(message, HitboxConstants.TARGET_USER, user);
            }
            default -> throw new IllegalStateException(target.toString());
        }
    }

    private static void setIfPresent(Message message, String header, String value) {
        if (value != null && !value.isEmpty()) {
            message.setHeader(header, value);
        }
    }

    private static String field(JsonNode json, String name, Message message, String header) {
        if (json != null) {
            String value = text(json.get(name));
            if (value != null) {
                return value;
            }
        }
        // Kafka record headers arrive as byte[]: read them as UTF-8 whatever the platform charset is
        Object value = message.getHeader(header);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }
}
