package io.github.camelchat.chatbox;

import java.util.Map;

import io.github.camelchat.chatbox.model.ChatboxTextEvent;
import io.github.camelchat.chatbox.model.FormattingMode;
import io.github.camelchat.chatbox.model.Say;
import io.github.camelchat.chatbox.model.SuccessPacket;
import io.github.camelchat.chatbox.model.Tell;
import io.github.camelchat.common.camel.ChatProducer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends a say or tell per exchange and completes it on the server's confirmation. The body may be the text, a
 * {@link Say} or {@link Tell}, a {@code Map} with {@code text} (and optionally {@code operation}, {@code user},
 * {@code name}, {@code mode}), or a chat event from a chatbox consumer (relayed as {@code "sender: text"}).
 */
public class ChatboxProducer extends ChatProducer<ChatboxFrame> {

    private final ChatboxConfiguration configuration;
    private final boolean confirmOnQueued;

    public ChatboxProducer(ChatboxEndpoint endpoint) {
        super(endpoint, endpoint);
        this.configuration = endpoint.getConfiguration();
        this.confirmOnQueued = "queued".equals(configuration.getConfirmOn());
    }

    @Override
    protected Object toMessage(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        Object body = in.getBody();
        Map<?, ?> map = body instanceof Map<?, ?> m ? m : Map.of();

        ChatboxOperation operation;
        String text;
        String user;
        String name = first(in.getHeader(ChatboxConstants.NAME, String.class), string(map.get("name")));
        String mode = first(in.getHeader(ChatboxConstants.MODE, String.class), string(map.get("mode")));
        if (body instanceof Say say) {
            operation = ChatboxOperation.SAY;
            text = say.text();
            user = null;
            name = first(say.name(), name);
            mode = first(say.mode(), mode);
        } else if (body instanceof Tell tell) {
            operation = ChatboxOperation.TELL;
            text = tell.text();
            user = first(tell.user(), in.getHeader(ChatboxConstants.USER, String.class));
            name = first(tell.name(), name);
            mode = first(tell.mode(), mode);
        } else {
            String op = first(in.getHeader(ChatboxConstants.OPERATION, String.class),
                    first(string(map.get("operation")), string(map.get("type"))));
            operation = op == null ? configuration.operation() : ChatboxOperation.fromOption("operation", op);
            user = first(in.getHeader(ChatboxConstants.USER, String.class), string(map.get("user")));
            if (body instanceof Map) {
                text = string(map.get("text"));
            } else if (body instanceof ChatboxTextEvent event) {
                text = event.senderName() == null ? event.text() : event.senderName() + ": " + event.text();
            } else {
                text = in.getBody(String.class);
            }
        }
        user = first(user, configuration.getUser());
        name = first(name, configuration.getName());
        mode = mode == null ? configuration.modeValue() : validMode(mode);
        validateText(text);
        if (operation == ChatboxOperation.TELL) {
            if (user == null || user.isBlank()) {
                throw ChatboxException.invalid("A tell needs a target player: set the user option or the "
                        + ChatboxConstants.USER + " header");
            }
            return new ChatboxRequest(new Tell(user, text, name, mode), confirmOnQueued);
        }
        return new ChatboxRequest(new Say(text, name, mode), confirmOnQueued);
    }

    private static void validateText(String text) throws ChatboxException {
        if (text == null || text.isBlank()) {
            throw ChatboxException.invalid("The message text is empty");
        }
        if (text.length() > ChatboxConfiguration.MAX_TEXT_LENGTH) {
            throw ChatboxException.invalid("The message text has " + text.length()
                    + " characters; the chatbox server accepts at most " + ChatboxConfiguration.MAX_TEXT_LENGTH);
        }
    }

    private static String validMode(String mode) throws ChatboxException {
        try {
            return FormattingMode.fromWire(mode).wireName();
        } catch (IllegalArgumentException e) {
            throw ChatboxException.invalid(e.getMessage());
        }
    }

    @Override
    protected void onAcknowledged(Exchange exchange, Object reply) {
        if (reply instanceof SuccessPacket success) {
            exchange.getMessage().setHeader(ChatboxConstants.MESSAGE_ID, success.id());
            exchange.getMessage().setHeader(ChatboxConstants.CONFIRMATION, success.reason());
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
