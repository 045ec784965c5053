package io.github.camelchat.examples;

/** Discord did not take a webhook post. The message never contains the webhook URL, which holds the webhook's token. */
public class DiscordWebhookException extends Exception {

    public DiscordWebhookException(String message) {
        super(message);
    }
}
