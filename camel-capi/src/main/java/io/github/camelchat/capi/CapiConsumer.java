package io.github.camelchat.capi;

import java.util.Set;

import io.github.camelchat.capi.model.CapiEventType;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.UserLeaveEvent;
import io.github.camelchat.capi.model.UserUpdateEvent;
import io.github.camelchat.common.camel.ChatConsumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** One exchange per CAPI event, with the sender resolved through the channel roster. */
public class CapiConsumer extends ChatConsumer<CapiInbound> {

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
        message.setBody(rawJson ? inbound.json() : inbound.event());
        message.setHeader(CapiConstants.EVENT_TYPE, inbound.event().kind().shortName());
        message.setHeader(CapiConstants.CHANNEL, inbound.channel());
        message.setHeader(CapiConstants.INITIAL_ROSTER, inbound.initialRoster());
        Long userId = null;
        if (inbound.event() instanceof MessageEvent event) {
            userId = event.userId();
            message.setHeader(CapiConstants.MESSAGE, event.message());
            message.setHeader(CapiConstants.MESSAGE_TYPE, event.type().wireName());
        } else if (inbound.event() instanceof UserUpdateEvent event) {
            userId = event.userId();
        } else if (inbound.event() instanceof UserLeaveEvent event) {
            userId = event.userId();
        }
        if (userId != null) {
            message.setHeader(CapiConstants.USER_ID, userId);
        }
        if (inbound.sender() != null) {
            message.setHeader(CapiConstants.TOON_NAME, inbound.sender().toonName());
            message.setHeader(CapiConstants.FLAGS, inbound.sender().flags());
        }
    }
}
