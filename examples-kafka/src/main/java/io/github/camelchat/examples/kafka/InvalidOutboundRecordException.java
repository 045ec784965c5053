package io.github.camelchat.examples.kafka;

/**
 * A {@code chat.outbound} record that can never be sent as it is: not JSON where JSON was expected, no or an unknown
 * {@code target}, a target this relay does not run, a bad channel. The relay puts such records on the dead-letter
 * topic at once instead of retrying them.
 */
public class InvalidOutboundRecordException extends Exception {

    public InvalidOutboundRecordException(String message) {
        super(message);
    }

    public InvalidOutboundRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
