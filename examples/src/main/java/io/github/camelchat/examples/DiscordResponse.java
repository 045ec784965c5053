package io.github.camelchat.examples;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Discord's answer to a webhook post. 2xx: posted. A 429 (rate limited) or a 5xx: post again after the wait
 * Discord asked for ({@code retry_after} in the JSON body, in seconds, else the {@code Retry-After} header), so no
 * message is lost and, as the post is repeated in place, none overtakes another. Anything else, or too many retries
 * in a row, fails the exchange with a {@link DiscordWebhookException}.
 */
public final class DiscordResponse implements Processor {

    /** The exchange property that ends the posting loop: Discord took the post. */
    public static final String POSTED = "discordPosted";
    /** The exchange property holding how long to wait before the next attempt, in milliseconds. */
    public static final String RETRY_DELAY = "discordRetryDelay";
    static final String ATTEMPTS = "discordAttempts";
    static final int MAX_ATTEMPTS = 10;
    static final Duration FALLBACK = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger("chat.discord");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws Exception {
        Message answer = exchange.getMessage();
        int status = answer.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status >= 200 && status < 300) {
            exchange.setProperty(POSTED, true);
            exchange.setProperty(RETRY_DELAY, 0L);
            return;
        }
        String body = answer.getBody(String.class);
        int attempts = exchange.getProperty(ATTEMPTS, 0, Integer.class) + 1;
        exchange.setProperty(ATTEMPTS, attempts);
        boolean retryable = status == 429 || status >= 500;
        if (!retryable || attempts >= MAX_ATTEMPTS) {
            // no URL in the message: the webhook URL's last part is its secret token
            throw new DiscordWebhookException("Discord refused a message with HTTP " + status
                    + (retryable ? " " + attempts + " times in a row" : "") + ": " + excerpt(body));
        }
        long delay = waitMillis(body, Map.of("Retry-After", answer.getHeader("Retry-After", "", String.class)));
        LOG.info("Discord answered HTTP {}: posting again in {} ms", status, delay);
        exchange.setProperty(RETRY_DELAY, delay);
    }

    /** {@code retry_after} from the body (seconds, with a fraction), else the {@code Retry-After} header (seconds). */
    static long waitMillis(String body, Map<String, String> headers) {
        Double seconds = retryAfterInBody(body);
        if (seconds == null && headers != null) {
            seconds = headers.entrySet().stream()
                    .filter(header -> "Retry-After".equalsIgnoreCase(header.getKey()))
                    .map(header -> parseSeconds(header.getValue()))
                    .filter(value -> value != null)
                    .findFirst().orElse(null);
        }
        long millis = seconds == null ? FALLBACK.toMillis() : (long) Math.ceil(seconds * 1000);
        return Math.max(0, Math.min(millis, LONGEST.toMillis()));
    }

    private static Double retryAfterInBody(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode retryAfter = JSON.readTree(body).path("retry_after");
            return retryAfter.isNumber() ? retryAfter.asDouble() : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static Double parseSeconds(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + TextLimit.ELLIPSIS : flat;
    }
}
