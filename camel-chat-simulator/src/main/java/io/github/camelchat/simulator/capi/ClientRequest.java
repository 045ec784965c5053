package io.github.camelchat.simulator.capi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One client frame as the server reads it.
 *
 * @param command   normalised command (whitespace removed), or null when none could be read
 * @param requestId what the response echoes: the client's number or string as written, or 0 when there is none
 * @param payload   the payload ({@code {}} when missing or null), or null when the frame is not a usable request
 * @param usedAlias whether the id came from the documents' {@code requestId} typo
 */
record ClientRequest(String command, JsonNode requestId, ObjectNode payload, boolean usedAlias) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern SALVAGE_ID = Pattern.compile("\"request_?id\"\\s*:\\s*(-?\\d{1,18})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SALVAGE_COMMAND = Pattern.compile("\"command\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

    /** A frame that is not a request: bad JSON, not an object, no command, or a payload that is not an object. */
    boolean malformed() {
        return command == null || payload == null;
    }

    String responseCommand() {
        return Commands.responseTo(command);
    }

    /** The {@code api_key} string, or null. */
    String apiKey() {
        JsonNode key = payload == null ? null : payload.get("api_key");
        return key != null && key.isTextual() ? key.asText() : null;
    }

    /** A non-empty string field of the payload, or null. */
    String text(String field) {
        JsonNode value = payload == null ? null : payload.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    /** {@code user_id} as a JSON integer or a numeric string (peonbot sent one), or null. */
    Integer userId() {
        JsonNode value = payload == null ? null : payload.get("user_id");
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.valueOf(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static ClientRequest read(String frame) {
        JsonNode root;
        try {
            root = JSON.readTree(frame);
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return salvage(frame);
        }
        boolean alias = false;
        JsonNode id = root.get("request_id");
        if (id == null || id.isNull()) {
            JsonNode typo = root.get("requestId");
            if (typo != null && !typo.isNull()) {
                id = typo;
                alias = true;
            }
        }
        JsonNode echo = id != null && (id.isNumber() || id.isTextual()) ? id : IntNode.valueOf(0);
        JsonNode commandNode = root.get("command");
        String command = commandNode != null && commandNode.isTextual() ? Commands.normalise(commandNode.asText()) : null;
        if (command != null && command.isEmpty()) {
            command = null;
        }
        JsonNode payload = root.get("payload");
        ObjectNode body;
        if (payload == null || payload.isNull()) {
            body = JsonNodeFactory.instance.objectNode();
        } else {
            body = payload.isObject() ? (ObjectNode) payload : null;
        }
        return new ClientRequest(command, echo, body, alias);
    }

    /** Not JSON (or not an object): whatever id and command can still be read from the text. */
    private static ClientRequest salvage(String frame) {
        JsonNode id = IntNode.valueOf(0);
        Matcher idMatch = SALVAGE_ID.matcher(frame);
        if (idMatch.find()) {
            long value = Long.parseLong(idMatch.group(1));
            id = value == (int) value ? IntNode.valueOf((int) value)
                    : JsonNodeFactory.instance.numberNode(value);
        }
        Matcher commandMatch = SALVAGE_COMMAND.matcher(frame);
        String command = commandMatch.find() ? Commands.normalise(commandMatch.group(1)) : null;
        return new ClientRequest(command == null || command.isEmpty() ? null : command, id, null, false);
    }
}
