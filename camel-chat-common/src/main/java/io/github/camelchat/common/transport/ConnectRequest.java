package io.github.camelchat.common.transport;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to open one WebSocket connection.
 * <p>
 * Chat servers put credentials in the URI path or query, so the real {@code uri} is never printed: {@link #toString()}
 * and logs use {@code displayUri}, which the protocol builds with the secret masked.
 *
 * @param uri            the URI to connect to (may contain a secret)
 * @param displayUri     the same URI with secrets masked, safe for logs and exception messages
 * @param headers        extra HTTP headers for the upgrade request
 * @param subprotocols   requested WebSocket subprotocols, most preferred first
 * @param connectTimeout how long the TCP connect and the upgrade may take
 */
public record ConnectRequest(URI uri, String displayUri, Map<String, String> headers, List<String> subprotocols,
        Duration connectTimeout) {

    public ConnectRequest {
        Objects.requireNonNull(uri, "uri");
        displayUri = displayUri == null ? "<redacted>" : displayUri;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        subprotocols = subprotocols == null ? List.of() : List.copyOf(subprotocols);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    }

    public static ConnectRequest of(URI uri, String displayUri, Duration connectTimeout) {
        return new ConnectRequest(uri, displayUri, Map.of(), List.of(), connectTimeout);
    }

    @Override
    public String toString() {
        return displayUri;
    }
}
