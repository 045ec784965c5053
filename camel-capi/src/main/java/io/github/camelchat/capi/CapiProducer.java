package io.github.camelchat.capi;

import java.nio.charset.StandardCharsets;

import io.github.camelchat.capi.model.CapiFrame;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.common.camel.ChatProducer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends one CAPI request per exchange and completes it on the matching response. The body is the message text (or a
 * {@link CapiRequest}); the operation and target come from the options or headers.
 */
public class CapiProducer extends ChatProducer<CapiInbound> {

    private final CapiConfiguration configuration;

    public CapiProducer(CapiEndpoint endpoint) {
        super(endpoint, endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected Object toMessage(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        if (in.getBody() instanceof CapiRequest request) {
            return validated(request);
        }
        String op = in.getHeader(CapiConstants.OPERATION, String.class);
        CapiOperation operation = op == null ? configuration.operationValue()
                : CapiOperation.parse("header " + CapiConstants.OPERATION, op);
        Long userId = in.getHeader(CapiConstants.TARGET_USER_ID, Long.class);
        String name = in.getHeader(CapiConstants.TARGET_TOON_NAME, String.class);
        if (userId == null && name == null) {
            name = configuration.getUser();
        }
        String text = null;
        if (operation.carriesText()) {
            Object body = in.getBody();
            text = body instanceof MessageEvent event ? event.message() : in.getBody(String.class);
        }
        return validated(new CapiRequest(operation, text, userId, name));
    }

    private CapiRequest validated(CapiRequest request) throws CapiException {
        CapiOperation operation = request.operation();
        if (operation.carriesText()) {
            String text = request.text();
            if (text == null || text.isBlank()) {
                throw CapiException.invalid("The message text is empty");
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > configuration.getMaxMessageLength()) {
                throw CapiException.invalid("The message is " + bytes + " bytes in UTF-8; the limit is "
                        + configuration.getMaxMessageLength() + " (option maxMessageLength)");
            }
        }
        if (operation.needsTarget() && request.targetUserId() == null && request.targetName() == null) {
            throw CapiException.invalid(operation + " needs a target: set the user option or the "
                    + CapiConstants.TARGET_TOON_NAME + " / " + CapiConstants.TARGET_USER_ID + " header");
        }
        return request;
    }

    @Override
    protected void onAcknowledged(Exchange exchange, Object reply) {
        if (reply instanceof CapiFrame frame) {
            exchange.getMessage().setHeader(CapiConstants.REQUEST_ID, frame.requestId());
        }
    }
}
