package io.github.camelchat.examples.kafka;

import io.github.camelchat.common.send.ChatException;
import org.apache.camel.Exchange;

/**
 * Splits failed sends of {@code chat.outbound} records into the ones that can never succeed (dead-letter topic at
 * once) and the ones worth retrying (redelivery, then the Kafka consumer seeks back and tries again).
 */
public final class RelayErrors {

    /** Set on dead-letter records: why the record was not sent. */
    public static final String ERROR_HEADER = "relay-error";
    /** Set on dead-letter records: the exception class. */
    public static final String ERROR_TYPE_HEADER = "relay-error-type";

    private RelayErrors() {
    }

    /**
     * Permanent: the record itself is bad ({@link InvalidOutboundRecordException}), the component refused it before
     * sending ({@code INVALID}: empty or too long text, a tell without a user …), the server refused it
     * ({@code REJECTED}: unknown user, missing capability, slow mode …), or the connection dropped after it was
     * written and the protocol cannot tell whether the server carried it out ({@code CONNECTION_LOST}, CAPI: sending
     * it again could do it twice). Everything else — timeouts, a full queue, no connection, a stopped or failed
     * session, Kafka errors — is transient.
     */
    public static boolean isPermanent(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        return isPermanent(failure);
    }

    /** Adds the reason headers to a record on its way to the dead-letter topic. */
    public static void describeFailure(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        if (failure != null) {
            exchange.getMessage().setHeader(ERROR_HEADER, String.valueOf(failure.getMessage()));
            exchange.getMessage().setHeader(ERROR_TYPE_HEADER, failure.getClass().getName());
        }
    }

    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidOutboundRecordException) {
                return true;
            }
            if (t instanceof ChatException chat) {
                return switch (chat.getReason()) {
                    case INVALID, REJECTED, CONNECTION_LOST -> true;
                    case TIMEOUT, QUEUE_FULL, NOT_CONNECTED, SESSION_FAILED, STOPPED -> false;
                };
            }
        }
        return false;
    }
}
