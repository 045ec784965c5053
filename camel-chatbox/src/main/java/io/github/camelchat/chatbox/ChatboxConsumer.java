package io.github.camelchat.chatbox;

import java.util.Set;

import io.github.camelchat.chatbox.model.ChatboxEvent;
import io.github.camelchat.chatbox.model.ChatboxEventType;
import io.github.camelchat.chatbox.model.ChatboxPacket;
import io.github.camelchat.chatbox.model.ChatboxTextEvent;
import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.CommandEvent;
import io.github.camelchat.common.camel.ChatConsumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** One exchange per chatbox event (and, when subscribed, per {@code hello}, {@code players}, {@code closing}). */
public class ChatboxConsumer extends ChatConsumer<ChatboxFrame> {

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
        if (packet instanceof ChatboxEvent event) {
            message.setHeader(ChatboxConstants.EVENT_TYPE, event.event());
            message.setHeader(ChatboxConstants.TIME, event.time());
            ChatboxUser user = event.user();
            if (user != null) {
                message.setHeader(ChatboxConstants.SENDER_NAME, user.name());
                message.setHeader(ChatboxConstants.SENDER_UUID, user.uuid());
                message.setHeader(ChatboxConstants.SENDER_DISPLAY_NAME, user.displayName());
            }
            if (event instanceof ChatboxTextEvent text) {
                message.setHeader(ChatboxConstants.TEXT, text.text());
            } else if (event instanceof CommandEvent command) {
                message.setHeader(ChatboxConstants.COMMAND, command.command());
                message.setHeader(ChatboxConstants.COMMAND_ARGS, command.args());
                message.setHeader(ChatboxConstants.OWNER_ONLY, command.ownerOnly());
            }
        } else {
            message.setHeader(ChatboxConstants.EVENT_TYPE, packet.type());
        }
    }
}
