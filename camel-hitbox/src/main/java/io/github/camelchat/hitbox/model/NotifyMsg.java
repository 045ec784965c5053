package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code notifyMsg}: users joined or left (sent only when {@code joinChannel} asked for {@code notify}).
 * <p>
 * <b>Shape guessed:</b> the sources only say "{@code notifyMsg{join,part}}". This record therefore keeps
 * {@code join} and {@code part} as raw JSON (a name, a list of names or of user objects, or a flag) together with
 * {@code name} and {@code action} in case the server names one user and what it did; {@link #joined()} and
 * {@link #parted()} read every one of these shapes.
 *
 * @param channel   the channel
 * @param join      who joined, as sent
 * @param part      who left, as sent
 * @param name      the user concerned, if the message names one
 * @param action    {@code join} or {@code part}, if given that way
 * @param timestamp when, if given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotifyMsg(String channel, JsonNode join, JsonNode part, String name, String action,
                        @IsoInstant Instant timestamp) implements HitboxMessage {

    public static final String METHOD = "notifyMsg";

    @Override
    public String method() {
        return METHOD;
    }

    /** The names of the users who joined (from {@code join}, or {@code name} with {@code action:"join"}). */
    @JsonIgnore
    public List<String> joined() {
        return names(join, "join");
    }

    /** The names of the users who left (from {@code part}, or {@code name} with {@code action:"part"}). */
    @JsonIgnore
    public List<String> parted() {
        return names(part, "part");
    }

    private List<String> names(JsonNode node, String actionName) {
        List<String> names = new ArrayList<>();
        if (node != null) {
            if (node.isArray()) {
                node.forEach(e -> addName(names, e));
            } else if (node.isBoolean() || node.isNumber()) {
                if (node.asBoolean() && name != null) {
                    names.add(name);
                }
            } else {
                addName(names, node);
            }
        }
        if (names.isEmpty() && name != null && actionName.equalsIgnoreCase(action)) {
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static void addName(List<String> names, JsonNode e) {
        if (e.isTextual()) {
            names.add(e.textValue());
        } else if (e.isObject() && e.path("name").isTextual()) {
            names.add(e.get("name").textValue());
        }
    }
}
