package io.github.camelchat.capi;

import java.util.Set;

import io.github.camelchat.capi.model.CapiEvent;
import io.github.camelchat.capi.model.CapiEventType;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.UserLeaveEvent;
import io.github.camelchat.capi.model.UserUpdateEvent;
import io.github.camelchat.common.camel.ChatConsumer;
import io.github.camelchat.common.camel.ConsumerHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** One exchange per CAPI event, with the sender resolved through the channel roster. */
public class CapiConsumer extends ChatConsumer<CapiInbound> {

    private static final ConsumerHeaders.Names HEADERS = ConsumerHeaders.names(CapiConstants.EVENT_TYPE,
            CapiConstants.CHANNEL, CapiConstants.INITIAL_ROSTER, CapiConstants.USER_ID, CapiConstants.MESSAGE,
            CapiConstants.MESSAGE_TYPE, CapiConstants.TOON_NAME, CapiConstants.FLAGS);
    private static final int EVENT_TYPE = HEADERS.slot(CapiConstants.EVENT_TYPE);
    private static final int CHANNEL = HEADERS.slot(CapiConstants.CHANNEL);
    private static final int INITIAL_ROSTER = HEADERS.slot(CapiConstants.INITIAL_ROSTER);
    private static final int USER_ID = HEADERS.slot(CapiConstants.USER_ID);
    private static final int MESSAGE = HEADERS.slot(CapiConstants.MESSAGE);
    private static final int MESSAGE_TYPE = HEADERS.slot(CapiConstants.MESSAGE_TYPE);
    private static final int TOON_NAME = HEADERS.slot(CapiConstants.TOON_NAME);
    private static final int FLAGS = HEADERS.slot(CapiConstants.FLAGS);

    private final Set<CapiEventType> subscribed;
    private final boolean includeInitialRoster;
    private final boolean rawJson;

    public CapiConsumer(CapiEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint);
        this.subscribed = endpoint.getConfiguration().eventTypes();
        this.includeInitialRoster = endpoint.getConfiguration().isIncludeInitialRoster();
        this.rawJson = endpoint.getConfiguration().isRawJson();
    }

    @Override
    protected boolean accepts(CapiInbound inbound) {
        return (subscribed == null || subscribed.contains(inbound.event().kind()))
                && (includeInitialRoster || !inbound.initialRoster());
    }

    @Override
    protected void populate(Exchange exchange, CapiInbound inbound) {
        Message message = exchange.getIn();
        CapiEvent event = inbound.event();
        CapiEventType kind = event.kind();
        // the body is the frame's text for rawJson: the protocol decoded the frame once, for the roster and these headers
        message.setBody(rawJson ? inbound.json() : event);
        // collected, then put at once: the message's (empty) headers map takes them without comparing names
        ConsumerHeaders headers = new ConsumerHeaders(HEADERS);
        headers.set(EVENT_TYPE, kind.shortName());
        headers.set(CHANNEL, inbound.channel());
        headers.set(INITIAL_ROSTER, inbound.initialRoster());
        switch (kind) {
            case MESSAGE -> {
                MessageEvent m = (MessageEvent) event;
                headers.set(USER_ID, m.userId());
                headers.set(MESSAGE, m.message());
                headers.set(MESSAGE_TYPE, m.type().wireName());
            }
            case USER_UPDATE -> headers.set(USER_ID, ((UserUpdateEvent) event).userId());
            case USER_LEAVE -> headers.set(USER_ID, ((UserLeaveEvent) event).userId());
            default -> {
                // connect and disconnect are about no user
            }
        }
        CapiRoster.Member sender = inbound.sender();
        if (sender != null) {
            headers.set(TOON_NAME, sender.toonName());
            headers.set(FLAGS, sender.flags());
        }
        headers.copyTo(message);
    }
}
