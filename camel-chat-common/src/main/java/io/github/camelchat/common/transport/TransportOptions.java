package io.github.camelchat.common.transport;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;

/**
 * Settings of the shared JDK {@code HttpClient}. Sessions whose options are equal share one client (and its selector
 * thread), which is what lets thousands of sockets live in one JVM without a thread each.
 *
 * @param sslContext      TLS context, or {@code null} for the JDK default (hostname verification always on)
 * @param proxy           HTTP CONNECT proxy, or {@code null} for a direct connection
 * @param connectTimeout  TCP connect timeout
 * @param executor        where the client runs its callbacks, and so where inbound routing starts; {@code null} for
 *                        the JDK default
 * @param maxMessageChars the largest text message accepted after reassembly; a bigger one fails the socket
 */
public record TransportOptions(SSLContext sslContext, InetSocketAddress proxy, Duration connectTimeout,
        Executor executor, int maxMessageChars) {

    public TransportOptions {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        if (maxMessageChars <= 0) {
            throw new IllegalArgumentException("maxMessageChars must be positive, was " + maxMessageChars);
        }
    }
}
