package io.github.camelchat.hitbox;

import io.github.camelchat.common.camel.ChatProducer;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.UserInfo;
import io.github.camelchat.hitbox.model.UserList;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends one chat request per exchange. {@code chatMsg} completes when the server echoes the message back (or fails
 * with its {@code infoMsg} refusal); {@code getChannelUserList} and {@code getChannelUser} put the reply in the body;
 * the other requests complete once written (the server does not answer them).
 */
public class HitboxProducer extends ChatProducer<HitboxInbound> {

    private final HitboxConfiguration configuration;

    public HitboxProducer(HitboxEndpoint endpoint) {
        super(endpoint, endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected Object toMessage(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        if (in.getBody() instanceof HitboxCall call) {
            return validated(call);
        }
        String op = in.getHeader(HitboxConstants.OPERATION, String.class);
        HitboxOperation operation = op == null ? configuration.operationValue()
                : HitboxOperation.parse("header " + HitboxConstants.OPERATION, op);
        String user = operation == HitboxOperation.directMsg ? in.getHeader(HitboxConstants.RECIPIENT, String.class)
                : in.getHeader(HitboxConstants.TARGET_USER, String.class);
        if (user == null) {
            user = configuration.getUser();
        }
        String text = null;
        Integer number = null;
        if (operation.carriesText()) {
            Object body = in.getBody();
            text = body instanceof ChatMsg chat ? chat.text() : in.getBody(String.class);
        } else if (operation == HitboxOperation.slowMode || operation == HitboxOperation.kickUser) {
            number = in.getBody(Integer.class);
        }
        boolean me = Boolean.TRUE.equals(in.getHeader(HitboxConstants.ME, Boolean.class));
        return validated(new HitboxCall(operation, text, user, me, number));
    }

    private HitboxCall validated(HitboxCall call) throws HitboxException {
        HitboxOperation operation = call.operation();
        if (operation == HitboxOperation.chatMsg || operation == HitboxOperation.directMsg) {
            if (call.text() == null || call.text().isBlank()) {
                throw HitboxException.invalid("The message text is empty");
            }
            if (call.text().length() > configuration.getMaxTextLength()) {
                throw HitboxException.invalid("The message has " + call.text().length() + " characters; the limit is "
                        + configuration.getMaxTextLength() + " (option maxTextLength)");
            }
        }
        if (operation == HitboxOperation.motdMsg && call.text() == null) {
            throw HitboxException.invalid("motdMsg needs a text (an empty one clears the message of the day)");
        }
        if ((operation.needsTarget() || operation == HitboxOperation.directMsg)
                && (call.user() == null || call.user().isBlank())) {
            throw HitboxException.invalid(operation + " needs a user: set the user option or the "
                    + (operation == HitboxOperation.directMsg ? HitboxConstants.RECIPIENT : HitboxConstants.TARGET_USER)
                    + " header");
        }
        if (configuration.getName() == null && operation != HitboxOperation.partChannel) {
            throw HitboxException.invalid("A guest connection cannot send: set the name and token options");
        }
        return call;
    }

    @Override
    protected void onAcknowledged(Exchange exchange, Object reply) {
        if (reply instanceof UserList || reply instanceof UserInfo) {
            exchange.getMessage().setBody(reply);
        }
    }
}
