package io.github.camelchat.chatbox;

import java.util.Set;

import io.github.camelchat.chatbox.model.ChatboxEvent;
import io.github.camelchat.chatbox.model.ChatboxEventType;
import io.github.camelchat.chatbox.model.ChatboxPacket;
import io.github.camelchat.chatbox.model.ChatboxTextEvent;
import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.CommandEvent;
import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.camel.ConsumerHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** One exchange per chatbox event (and, when subscribed, per {@code hello}, {@code players}, {@code closing}). */
public class ChatboxConsumer extends ChatConsumer<ChatboxFrame> {

    private static final ConsumerHeaders.Names HEADERS = ConsumerHeaders.names(ChatboxConstants.EVENT_TYPE,
            ChatboxConstants.TIME, ChatboxConstants.SENDER_NAME, ChatboxConstants.SENDER_UUID,
            ChatboxConstants.SENDER_DISPLAY_NAME, ChatboxConstants.TEXT, ChatboxConstants.COMMAND,
            ChatboxConstants.COMMAND_ARGS, ChatboxConstants.OWNER_ONLY);
    private static final int EVENT_TYPE = HEADERS.slot(ChatboxConstants.EVENT_TYPE);
    private static final int TIME = HEADERS.slot(ChatboxConstants.TIME);
    private static final int SENDER_NAME = HEADERS.slot(ChatboxConstants.SENDER_NAME);
    private static final int SENDER_UUID = HEADERS.slot(ChatboxConstants.SENDER_UUID);
    private static final int SENDER_DISPLAY_NAME = HEADERS.slot(ChatboxConstants.SENDER_DISPLAY_NAME);
    private static final int TEXT = HEADERS.slot(ChatboxConstants.TEXT);
    private static final int COMMAND = HEADERS.slot(ChatboxConstants.COMMAND);
    private static final int COMMAND_ARGS = HEADERS.slot(ChatboxConstants.COMMAND_ARGS);
    private static final int OWNER_ONLY = HEADERS.slot(ChatboxConstants.OWNER_ONLY);

    private final Set<ChatboxEventType> subscribed;
    private final boolean rawJson;

    public ChatboxConsumer(ChatboxEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint);
        this.subscribed = endpoint.getConfiguration().eventTypes();
        this.rawJson = endpoint.getConfiguration().isRawJson();
    }

    @Override
    protected boolean accepts(ChatboxFrame frame) {
        ChatboxPacket packet = frame.packet();
        if (subscribed == null) {
            return packet instanceof ChatboxEvent;
        }
        ChatboxEventType type = ChatboxEventType.of(packet);
        return type != null && subscribed.contains(type);
    }

    @Override
    protected void populate(Exchange exchange, ChatboxFrame frame) {
        ChatboxPacket packet = frame.packet();
        Message message = exchange.getIn();
        message.setBody(rawJson ? frame.json() : packet);
        // collected, then put at once: the message's (empty) headers map takes them without comparing names
        ConsumerHeaders headers = new ConsumerHeaders(HEADERS);
        if (packet instanceof ChatboxEvent event) {
            headers.set(EVENT_TYPE, event.event());
            headers.set(TIME, event.time());
            ChatboxUser user = event.user();
            if (user != null) {
                headers.set(SENDER_NAME, user.name());
                headers.set(SENDER_UUID, user.uuid());
                headers.set(SENDER_DISPLAY_NAME, user.displayName());
            }
            if (event instanceof ChatboxTextEvent text) {
                headers.set(TEXT, text.text());
            } else if (event instanceof CommandEvent command) {
                headers.set(COMMAND, command.command());
                headers.set(COMMAND_ARGS, command.args());
                headers.set(OWNER_ONLY, command.ownerOnly());
            }
        } else {
            headers.set(EVENT_TYPE, packet.type());
        }
        headers.copyTo(message);
    }
}
