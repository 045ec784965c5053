package io.github.camelchat.examples.kafka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.camelchat.capi.CapiEndpoint;
import io.github.camelchat.common.send.ChatException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;

/**
 * The Kafka relay: every chat event of the enabled components to {@code chat.events}, and every record of
 * {@code chat.outbound} to the producer it names.
 *
 * <h2>Properties</h2>
 * <table>
 * <caption>What the routes read</caption>
 * <tr><td>{@code kafka.brokers}</td><td>bootstrap servers (required)</td></tr>
 * <tr><td>{@code relay.sources}</td><td>{@code chatbox,capi,hitbox} (default: all three)</td></tr>
 * <tr><td>{@code relay.events-topic} / {@code relay.outbound-topic} / {@code relay.dead-letter-topic}</td>
 * <td>{@code chat.events} / {@code chat.outbound} / {@code chat.outbound.dlq}</td></tr>
 * <tr><td>{@code relay.group-id}</td><td>consumer group of {@code chat.outbound} ({@code camel-chat-relay})</td></tr>
 * <tr><td>{@code relay.outbound.redeliveries} / {@code relay.outbound.redelivery-delay}</td>
 * <td>in-route retries of a transient send failure (3, 500 ms doubling) before the consumer seeks back</td></tr>
 * <tr><td>{@code relay.outbound.poll-timeout-ms}</td><td>Kafka poll timeout of the outbound consumer (1000); a
 * stopping replica waits for the poll in progress</td></tr>
 * <tr><td>{@code relay.cluster.namespace}</td><td>when set, every relay route runs under a
 * {@link ClusteredRoutePolicy} of that namespace: only the leader replica connects (needs a
 * {@code CamelClusterService} in the context)</td></tr>
 * <tr><td>{@code chatbox.name}, {@code chatbox.license-key}, {@code chatbox.url}</td><td>chatbox bot (name
 * {@code Relay}; url optional)</td></tr>
 * <tr><td>{@code capi.name}, {@code capi.api-key}, {@code capi.url}</td><td>CAPI bot (name {@code relay}; url
 * optional)</td></tr>
 * <tr><td>{@code hitbox.channels}, {@code hitbox.name}, {@code hitbox.token}, {@code hitbox.servers-url}</td>
 * <td>hitbox channels (comma-separated) and login (servers-url optional)</td></tr>
 * <tr><td>{@code chatbox.events}, {@code capi.events}, {@code hitbox.events}</td><td>optional event filters</td></tr>
 * <tr><td>{@code chatbox.while-disconnected}, {@code capi.while-disconnected}, {@code hitbox.while-disconnected}</td>
 * <td>optional producer policy ({@code wait}, the default, or {@code failFast})</td></tr>
 * </table>
 */
public class KafkaRelayRoutes extends RouteBuilder {

    /** Route id prefix of the event routes: {@code chat-to-kafka-chatbox}, {@code chat-to-kafka-hitbox-<channel>}. */
    public static final String EVENTS_ROUTE_PREFIX = "chat-to-kafka-";
    /** Route id of the {@code chat.outbound} consumer. */
    public static final String OUTBOUND_ROUTE = "kafka-to-chat";
    /** Exchange property with the target channel while an outbound record is routed. */
    static final String CHANNEL_PROPERTY = "ChatRelayChannel";
    /** Exchange property with the target scheme while an outbound record is routed. */
    static final String TARGET_PROPERTY = "ChatRelayTarget";

    private static final String LOG_NAME = "io.github.camelchat.examples.kafka.relay";

    private static final String EVENTS_URI
            = "kafka:{{relay.events-topic:chat.events}}?brokers={{kafka.brokers}}";
    private static final String DEAD_LETTER_URI
            = "kafka:{{relay.dead-letter-topic:chat.outbound.dlq}}?brokers={{kafka.brokers}}";
    /*
     * Offsets are committed by Camel, synchronously, only after the exchange of a record completed, i.e. after the
     * chat server confirmed the send or the record went to the dead-letter topic (allowManualCommit + the default
     * manual commit factory select the synchronous commit manager; autoCommitEnable=false turns off Kafka's timer
     * commits, which would commit records that are still being sent). breakOnFirstError: a failed exchange commits
     * up to the record before it, seeks back to the failed one and polls it again: retried, never skipped.
     */
    private static final String OUTBOUND_URI = "kafka:{{relay.outbound-topic:chat.outbound}}"
            + "?brokers={{kafka.brokers}}&groupId={{relay.group-id:camel-chat-relay}}"
            + "&autoOffsetReset=earliest&autoCommitEnable=false&allowManualCommit=true"
            + "&kafkaManualCommitFactory=#class:org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommitFactory"
            + "&breakOnFirstError=true"
            // a stopping consumer waits for the poll in progress: keep it short so a replica hands over quickly
            + "&pollTimeoutMs={{relay.outbound.poll-timeout-ms:1000}}";

    private static final String CHATBOX_URI = "chatbox:{{chatbox.name:Relay}}?licenseKey={{chatbox.license-key}}"
            + "&url={{?chatbox.url}}";
    private static final String CAPI_URI = "capi:{{capi.name:relay}}?apiKey={{capi.api-key}}&url={{?capi.url}}";
    /*
     * lazyStartProducer: a chat producer opens (or shares) the socket when it starts. Camel starts the producers of a
     * route that is not started yet — a follower's routes under the clustered policy — together with the context, so
     * an eager producer would open a second socket on every follower replica. Lazy, it starts with the first record,
     * which only the leader consumes.
     */
    private static final String CHATBOX_PRODUCER_URI = CHATBOX_URI
            + "&lazyStartProducer=true&whileDisconnected={{?chatbox.while-disconnected}}";
    private static final String CAPI_PRODUCER_URI = CAPI_URI
            + "&lazyStartProducer=true&whileDisconnected={{?capi.while-disconnected}}";
    private static final String HITBOX_OPTIONS = "name={{hitbox.name}}&token={{hitbox.token}}"
            + "&serversUrl={{?hitbox.servers-url}}";

    @Override
    public void configure() throws Exception {
        Set<ChatSource> sources = sources(property("relay.sources", "chatbox,capi,hitbox"));
        String namespace = property("relay.cluster.namespace", "");
        RoutePolicy policy = namespace.isBlank() ? null : ClusteredRoutePolicy.forNamespace(getContext(), namespace);

        if (sources.contains(ChatSource.CHATBOX)) {
            String name = getContext().resolvePropertyPlaceholders("{{chatbox.name:Relay}}");
            eventRoute(ChatSource.CHATBOX, name, CHATBOX_URI + "&rawJson=true&events={{?chatbox.events}}", policy);
        }
        if (sources.contains(ChatSource.CAPI)) {
            eventRoute(ChatSource.CAPI, null, CAPI_URI + "&rawJson=true&events={{?capi.events}}", policy);
        }
        if (sources.contains(ChatSource.HITBOX)) {
            for (String channel : list(property("hitbox.channels", ""))) {
                // hideBuffered: no backlog after each (re)connect, which would put old messages in Kafka again
                eventRoute(ChatSource.HITBOX, channel, "hitbox:" + channel + "?" + HITBOX_OPTIONS
                        + "&rawJson=true&hideBuffered=true&events={{?hitbox.events}}", policy);
            }
        }
        outboundRoute(sources, policy);
    }

    private void eventRoute(ChatSource source, String channel, String uri, RoutePolicy policy) {
        String routeId = EVENTS_ROUTE_PREFIX + source.scheme()
                + (source == ChatSource.HITBOX ? "-" + channel : "");
        RouteDefinition route = from(uri).routeId(routeId);
        if (policy != null) {
            route.routePolicy(policy);
        }
        // The consumer reads the next frame only when this exchange is done, i.e. when Kafka acknowledged the record
        // (acks=all, idempotent producer: camel-kafka's defaults), so events reach the topic in chat order.
        // No redelivery while stopping. The chat consumers do not take part in Camel's graceful shutdown (they are not
        // ShutdownAware): stopping one stops the route's processors under an exchange still on its way to Kafka, which
        // then fails; retrying it cannot succeed and would only keep a replica that is handing over holding the lock.
        // (ShutdownRoute.Defer would narrow that race, but a busy chat keeps exchanges in flight and can then hold
        // the shutdown — and the socket — up to the shutdown timeout.)
        route.errorHandler(deadLetterChannel("log:" + LOG_NAME + ".lost-events?level=ERROR&showBody=true")
                        .maximumRedeliveries(3).redeliveryDelay(1000).backOffMultiplier(2)
                        .allowRedeliveryWhileStopping(false)
                        .retryAttemptedLogLevel(LoggingLevel.WARN))
                .process(new ChatEventEnvelope(source,
                        source == ChatSource.CAPI ? null : channel))
                .to(EVENTS_URI);
    }

    private void outboundRoute(Set<ChatSource> sources, RoutePolicy policy) {
        RouteDefinition route = from(OUTBOUND_URI).routeId(OUTBOUND_ROUTE);
        if (policy != null) {
            route.routePolicy(policy);
        }
        route
                // a record that can never be sent: to the dead-letter topic as it was read, with the reason
                .onException(InvalidOutboundRecordException.class, ChatException.class)
                    .onWhen(RelayErrors::isPermanent)
                    .handled(true)
                    .useOriginalMessage()
                    .process(RelayErrors::describeFailure)
                    .log(LoggingLevel.ERROR, LOG_NAME,
                            "chat.outbound record ${header." + KafkaConstants.PARTITION + "}/${header."
                            + KafkaConstants.OFFSET + "} not sent, to the dead-letter topic: ${exception.message}")
                    .to(DEAD_LETTER_URI)
                .end()
                // anything else: retried here, then the exchange fails and the consumer seeks back to the record
                .onException(Exception.class)
                    .onWhen(e -> !RelayErrors.isPermanent(e))
                    .maximumRedeliveries("{{relay.outbound.redeliveries:3}}")
                    .redeliveryDelay("{{relay.outbound.redelivery-delay:500}}")
                    .backOffMultiplier(2)
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .handled(false)
                .end()
                .process(e -> {
                    OutboundCommand command = OutboundCommand.read(e.getMessage(), sources);
                    command.applyTo(e.getMessage());
                    e.setProperty(TARGET_PROPERTY, command.target().scheme());
                    e.setProperty(CHANNEL_PROPERTY, command.channel());
                });
        // only the branches of enabled targets: OutboundCommand refuses the others, and their URIs would need
        // properties this relay does not have
        ChoiceDefinition choice = route.choice();
        if (sources.contains(ChatSource.CHATBOX)) {
            choice = choice.when(exchangeProperty(TARGET_PROPERTY).isEqualTo("chatbox"))
                    .to(CHATBOX_PRODUCER_URI);
        }
        if (sources.contains(ChatSource.CAPI)) {
            choice = choice.when(exchangeProperty(TARGET_PROPERTY).isEqualTo("capi"))
                    .process(this::checkCapiChannel)
                    .to(CAPI_PRODUCER_URI);
        }
        if (sources.contains(ChatSource.HITBOX)) {
            // one socket per hitbox channel: the channel is part of the endpoint (validated by OutboundCommand)
            choice = choice.when(exchangeProperty(TARGET_PROPERTY).isEqualTo("hitbox"))
                    .toD("hitbox:${exchangeProperty." + CHANNEL_PROPERTY + "}?" + HITBOX_OPTIONS
                         + "&lazyStartProducer=true&whileDisconnected={{?hitbox.while-disconnected}}");
        }
        choice.otherwise()
                .throwException(new InvalidOutboundRecordException("no producer for this target"))
                .end()
                .log(LoggingLevel.DEBUG, LOG_NAME, "sent to ${exchangeProperty." + TARGET_PROPERTY + "}:"
                        + "${exchangeProperty." + CHANNEL_PROPERTY + "}");
    }

    /** A CAPI bot is in one channel: a record for another channel is refused rather than said in the wrong one. */
    private void checkCapiChannel(Exchange exchange) throws InvalidOutboundRecordException {
        String wanted = exchange.getProperty(CHANNEL_PROPERTY, String.class);
        if (wanted == null) {
            return;
        }
        // the consumer's endpoint knows the channel from the start; the (lazy) producer's only after its first send
        String current = null;
        Route events = getContext().getRoute(EVENTS_ROUTE_PREFIX + ChatSource.CAPI.scheme());
        if (events != null && events.getEndpoint() instanceof CapiEndpoint consumer) {
            current = consumer.getChannel();
        }
        if (current == null) {
            current = getContext().getEndpoint(CAPI_PRODUCER_URI, CapiEndpoint.class).getChannel();
        }
        if (current != null && !current.equalsIgnoreCase(wanted)) {
            throw new InvalidOutboundRecordException("the CAPI bot is in channel '" + current + "', not '" + wanted
                    + "'");
        }
    }

    private String property(String key, String defaultValue) {
        return getContext().getPropertiesComponent().resolveProperty(key).orElse(defaultValue);
    }

    static Set<ChatSource> sources(String value) {
        Set<ChatSource> sources = EnumSet.noneOf(ChatSource.class);
        for (String name : list(value)) {
            ChatSource source = ChatSource.fromScheme(name);
            if (source == null) {
                throw new IllegalArgumentException("relay.sources: unknown component '" + name
                        + "' (expected chatbox, capi, hitbox)");
            }
            sources.add(source);
        }
        return sources;
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
