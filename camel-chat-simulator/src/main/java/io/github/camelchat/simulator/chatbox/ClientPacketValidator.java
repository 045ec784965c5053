package io.github.camelchat.simulator.chatbox;

import java.util.Map;
import java.util.Set;

import io.github.camelchat.simulator.chatbox.ClientFrameReader.GsonMismatch;
import io.github.camelchat.simulator.chatbox.ClientFrameReader.Value;

/**
 * RCC's checks of a client frame ({@code WsServer.onMessage} and {@code sendSay/TellMessage}), in RCC's order. The
 * player lookup of a tell and the queue come afterwards, in {@link ClientPacketHandler}.
 */
final class ClientPacketValidator {

    /** What to do with a frame. */
    sealed interface Outcome permits Reject, Ignore, Accept {
    }

    /** Answer with this error. */
    record Reject(ClientError error, int id) implements Outcome {
    }

    /**
     * Answer nothing: RCC's second, typed parse threw (e.g. an object-valued {@code text}) and the exception escaped
     * to Java-WebSocket's error log.
     */
    record Ignore() implements Outcome {
    }

    /**
     * A valid say or tell, already normalised: text truncated, name trimmed and cut, mode defaulted.
     *
     * @param name the given name, or null for the owner's name
     * @param user the tell target as given (UUID or name), null for a say
     */
    record Accept(String type, int id, String text, String name, String mode, String user) implements Outcome {
    }

    static final String SAY = "say";
    static final String TELL = "tell";
    private static final Set<String> MODES = Set.of(TextFormatting.MARKDOWN, TextFormatting.FORMAT,
            TextFormatting.MINIMESSAGE);

    private final ClientFrameReader reader = new ClientFrameReader();
    private final int maxTextLength;
    private final int maxNameLength;

    ClientPacketValidator(int maxTextLength, int maxNameLength) {
        this.maxTextLength = maxTextLength;
        this.maxNameLength = maxNameLength;
    }

    Outcome validate(String frame, Set<Capability> capabilities) {
        Map<String, Value> fields = reader.read(frame);
        if (fields == null) {
            return new Reject(ClientError.UNKNOWN_ERROR, -1);
        }
        String type;
        int id;
        try {
            type = ClientFrameReader.asGsonString(fields.get("type"));
            Integer given = ClientFrameReader.asGsonInteger(fields.get("id"));
            id = given == null ? -1 : given;
        } catch (GsonMismatch e) {
            return new Reject(ClientError.UNKNOWN_ERROR, -1);
        }
        // A missing type is "unknown" to RCC, hence unknown_type rather than missing_type.
        if (!SAY.equals(type) && !TELL.equals(type)) {
            return new Reject(ClientError.UNKNOWN_TYPE, id);
        }
        boolean tell = TELL.equals(type);
        String text;
        String name;
        String mode;
        String user;
        try {
            user = tell ? ClientFrameReader.asGsonString(fields.get("user")) : null;
            text = ClientFrameReader.asGsonString(fields.get("text"));
            name = ClientFrameReader.asGsonString(fields.get("name"));
            mode = ClientFrameReader.asGsonString(fields.get("mode"));
        } catch (GsonMismatch e) {
            return new Ignore();
        }
        if (!capabilities.contains(tell ? Capability.TELL : Capability.SAY)) {
            return new Reject(ClientError.MISSING_CAPABILITY, id);
        }
        if (tell && user == null) {
            return new Reject(ClientError.MISSING_USER, id);
        }
        if (text == null) {
            return new Reject(ClientError.MISSING_TEXT, id);
        }
        if (mode == null) {
            mode = TextFormatting.MARKDOWN;
        }
        if (!MODES.contains(mode)) {
            return new Reject(ClientError.INVALID_MODE, id);
        }
        text = text.substring(0, Math.min(text.length(), maxTextLength));
        if (name != null) {
            name = name.trim().replace("\n", "");
            name = name.substring(0, Math.min(name.length(), maxNameLength));
        }
        return new Accept(type, id, text, name, mode, user);
    }
}
