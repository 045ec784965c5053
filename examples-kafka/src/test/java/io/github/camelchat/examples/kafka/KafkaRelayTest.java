package io.github.camelchat.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.ChannelUser;
import io.github.camelchat.simulator.chatbox.Capability;
import io.github.camelchat.simulator.chatbox.ChatboxSimulator;
import io.github.camelchat.simulator.chatbox.Delivery;
import io.github.camelchat.simulator.chatbox.License;
import io.github.camelchat.simulator.chatbox.Player;
import io.github.camelchat.simulator.hitbox.Account;
import io.github.camelchat.simulator.hitbox.HitboxSimulator;
import io.github.camelchat.simulator.hitbox.HitboxSimulatorOptions;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The relay end to end: a real Kafka broker (KRaft, in this JVM), the three simulators, one CamelContext running
 * {@link KafkaRelayRoutes}. One broker, one set of simulators and one relay for the class; each test uses its own
 * texts and counts only its own records.
 */
@Timeout(120)
class KafkaRelayTest {

    private static final String EVENTS = "chat.events";
    private static final String OUTBOUND = "chat.outbound";
    private static final String DLQ = "chat.outbound.dlq";
    private static final String GROUP = "relay-test";
    private static final String HITBOX_CHANNEL = "alpha";

    private static EmbeddedKafkaBroker broker;
    private static KafkaTestClient kafka;
    private static ChatboxSimulator chatbox;
    private static CapiSimulator capi;
    private static HitboxSimulator hitbox;
    private static License license;
    private static BotAccount capiBot;
    private static Account hitboxBot;
    private static CamelContext relay;
    private static final AtomicInteger REDELIVERIES = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start(Duration.ofSeconds(90));
        kafka = new KafkaTestClient(broker.bootstrapServers());
        kafka.createTopics(3, EVENTS);
        kafka.createTopics(2, OUTBOUND);
        kafka.createTopics(1, DLQ);

        chatbox = ChatboxSimulator.start();
        license = chatbox.addLicense("Owner", Capability.values());
        capi = CapiSimulator.start();
        capiBot = capi.addBot("RelayBot");
        hitbox = HitboxSimulator.start(HitboxSimulatorOptions.defaults().heartbeatInterval(Duration.ofSeconds(1)));
        hitboxBot = hitbox.addAccount("RelayBot", Role.USER);

        Properties props = new Properties();
        props.put("kafka.brokers", broker.bootstrapServers());
        props.put("relay.group-id", GROUP);
        props.put("relay.outbound.redelivery-delay", "200");
        props.put("chatbox.url", chatbox.baseUrl());
        props.put("chatbox.license-key", license.key());
        // fail at once while disconnected, so the Kafka-level retry is what brings a record through a drop
        props.put("chatbox.while-disconnected", "failFast");
        props.put("capi.url", capi.url());
        props.put("capi.api-key", capiBot.apiKey());
        props.put("hitbox.servers-url", "RAW(" + hitbox.serversUrl() + ")");
        props.put("hitbox.channels", HITBOX_CHANNEL);
        props.put("hitbox.name", hitboxBot.name());
        props.put("hitbox.token", hitboxBot.token());

        relay = new DefaultCamelContext();
        relay.getPropertiesComponent().setInitialProperties(props);
        relay.getShutdownStrategy().setTimeout(10);
        relay.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeRedeliveryEvent redelivery
                        && KafkaRelayRoutes.OUTBOUND_ROUTE.equals(redelivery.getExchange().getFromRouteId())) {
                    REDELIVERIES.incrementAndGet();
                }
            }
        });
        relay.addRoutes(new KafkaRelayRoutes());
        relay.start();
    }

    @AfterAll
    static void stop() {
        if (relay != null) {
            relay.stop();
        }
        for (AutoCloseable c : new AutoCloseable[] { kafka, chatbox, capi, hitbox, broker }) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    @BeforeEach
    void connected() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(chatbox.openConnections()).isEqualTo(1);
            assertThat(capi.openConnections()).isEqualTo(1);
            assertThat(hitbox.sockets(HITBOX_CHANNEL)).containsExactly(hitboxBot.name());
        });
    }

    @Test
    void chatEventsOfAllThreeComponentsReachChatEventsKeyedBySourceAndChannel() throws Exception {
        Player steve = Player.named("Steve");
        chatbox.join(steve);
        chatbox.chat(steve, "hello from minecraft");
        ChannelUser alice = capi.join(capi.user("Alice"));
        capi.say(alice, "hello from battle.net");
        Viewer fan = hitbox.viewer("Fan", Role.ANON);
        hitbox.chat(fan, HITBOX_CHANNEL, "hello from hitbox");

        KafkaTestClient.Rec minecraft = awaitEvent("hello from minecraft");
        KafkaTestClient.Rec battleNet = awaitEvent("hello from battle.net");
        KafkaTestClient.Rec hitboxTv = awaitEvent("hello from hitbox");

        assertThat(minecraft.key()).isEqualTo("chatbox:Relay");
        assertThat(minecraft.headers()).containsEntry("source", "chatbox").containsEntry("channel", "Relay")
                .containsEntry("type", "chat_ingame");
        JsonNode mc = json(minecraft);
        assertThat(mc.path("user").asText()).isEqualTo("Steve");
        assertThat(mc.path("time").isTextual()).isTrue();
        // the server's own JSON, untouched
        assertThat(mc.path("event").path("type").asText()).isEqualTo("event");
        assertThat(mc.path("event").path("event").asText()).isEqualTo("chat_ingame");
        assertThat(mc.path("event").path("user").path("name").asText()).isEqualTo("Steve");

        String capiChannel = capiBot.channel();
        assertThat(battleNet.key()).isEqualTo("capi:" + capiChannel);
        JsonNode bn = json(battleNet);
        assertThat(bn.path("type").asText()).isEqualTo("message");
        assertThat(bn.path("user").asText()).isEqualTo("Alice"); // the wire has only the id; the roster names it
        assertThat(bn.path("event").isObject()).isTrue();

        assertThat(hitboxTv.key()).isEqualTo("hitbox:" + HITBOX_CHANNEL);
        JsonNode hb = json(hitboxTv);
        assertThat(hb.path("type").asText()).isEqualTo("chatMsg");
        assertThat(hb.path("user").asText()).isEqualTo("Fan");
        assertThat(hb.path("event").path("method").asText()).isEqualTo("chatMsg");

        // same key, same partition: the order of one chat is kept
        chatbox.chat(steve, "second line");
        KafkaTestClient.Rec second = awaitEvent("second line");
        assertThat(second.partition()).isEqualTo(minecraft.partition());
        assertThat(second.offset()).isGreaterThan(minecraft.offset());
    }

    @Test
    void outboundRecordsReachTheNamedComponentAndChannel() throws Exception {
        kafka.send(OUTBOUND, "chatbox:Relay", "{\"target\":\"chatbox\",\"channel\":\"Relay\",\"text\":\"to minecraft\"}");
        kafka.send(OUTBOUND, "capi", "{\"target\":\"capi\",\"channel\":\"" + capiBot.channel()
                + "\",\"text\":\"to battle.net\"}");
        kafka.send(OUTBOUND, "hitbox:alpha",
                "{\"target\":\"hitbox\",\"channel\":\"alpha\",\"text\":\"to hitbox\"}");
        // the header form: plain text value, target and channel in record headers
        kafka.send(OUTBOUND, null, "to minecraft via headers", "target", "chatbox", "channel", "Herald");
        // a private message with an operation and a user
        Player steve = Player.named("Steve");
        chatbox.join(steve);
        kafka.send(OUTBOUND, null, "{\"target\":\"chatbox\",\"operation\":\"tell\",\"user\":\"Steve\","
                + "\"text\":\"psst\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(chatbox.deliveries()).extracting(Delivery::name, Delivery::text)
                    .contains(org.assertj.core.groups.Tuple.tuple("Relay", "to minecraft"),
                            org.assertj.core.groups.Tuple.tuple("Herald", "to minecraft via headers"));
            assertThat(chatbox.inbox(steve)).anySatisfy(line -> assertThat(line).contains("psst"));
            assertThat(capi.channelLog()).anySatisfy(line -> {
                assertThat(line.text()).isEqualTo("to battle.net");
                assertThat(line.toonName()).isEqualTo(capiBot.toonName());
            });
            assertThat(hitbox.chatLog(HITBOX_CHANNEL)).anySatisfy(line -> {
                assertThat(line.text()).isEqualTo("to hitbox");
                assertThat(line.name()).isEqualToIgnoringCase(hitboxBot.name());
            });
        });
        // every record was committed once the servers confirmed
        awaitAllCommitted();
        assertThat(chatbox.deliveries()).filteredOn(d -> d.text().equals("to minecraft")).hasSize(1);
    }

    @Test
    void unknownTargetsAndBadRecordsGoToTheDeadLetterTopicAndDoNotBlockTheRest() throws Exception {
        int before = kafka.readAll(DLQ).size();
        kafka.send(OUTBOUND, "k1", "{\"target\":\"irc\",\"channel\":\"#camel\",\"text\":\"nobody home\"}");
        kafka.send(OUTBOUND, "k1", "{not json");
        kafka.send(OUTBOUND, "k1", "no target at all");
        kafka.send(OUTBOUND, "k1", "{\"target\":\"hitbox\",\"channel\":\"../x?token=1\",\"text\":\"bad channel\"}");
        kafka.send(OUTBOUND, "k1", "{\"target\":\"chatbox\",\"text\":\"\"}"); // refused by the component: INVALID
        kafka.send(OUTBOUND, "k1", "{\"target\":\"capi\",\"channel\":\"Elsewhere\",\"text\":\"wrong room\"}");
        kafka.send(OUTBOUND, "k1", "{\"target\":\"chatbox\",\"text\":\"after the bad ones\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(chatbox.deliveries())
                .anySatisfy(d -> assertThat(d.text()).isEqualTo("after the bad ones")));
        awaitAllCommitted();

        List<KafkaTestClient.Rec> dead = kafka.readAll(DLQ);
        assertThat(dead).hasSize(before + 6);
        List<KafkaTestClient.Rec> mine = dead.subList(before, dead.size());
        // as they were read, with the reason
        assertThat(mine).extracting(KafkaTestClient.Rec::value).containsExactly(
                "{\"target\":\"irc\",\"channel\":\"#camel\",\"text\":\"nobody home\"}",
                "{not json",
                "no target at all",
                "{\"target\":\"hitbox\",\"channel\":\"../x?token=1\",\"text\":\"bad channel\"}",
                "{\"target\":\"chatbox\",\"text\":\"\"}",
                "{\"target\":\"capi\",\"channel\":\"Elsewhere\",\"text\":\"wrong room\"}");
        assertThat(mine).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("k1");
            assertThat(r.headers()).containsKeys(RelayErrors.ERROR_HEADER, RelayErrors.ERROR_TYPE_HEADER);
        });
        assertThat(mine.get(0).headers().get(RelayErrors.ERROR_HEADER)).contains("unknown target 'irc'");
        assertThat(mine.get(1).headers().get(RelayErrors.ERROR_HEADER)).contains("not valid JSON");
        assertThat(mine.get(2).headers().get(RelayErrors.ERROR_HEADER)).contains("no target");
        assertThat(mine.get(3).headers().get(RelayErrors.ERROR_HEADER)).contains("hitbox needs a channel");
        assertThat(mine.get(4).headers().get(RelayErrors.ERROR_TYPE_HEADER)).contains("Exception");
        assertThat(mine.get(5).headers().get(RelayErrors.ERROR_HEADER)).contains("the CAPI bot is in channel");
        assertThat(capi.channelLog()).noneSatisfy(line -> assertThat(line.text()).isEqualTo("wrong room"));
    }

    @Test
    void aSendThatFailsWhileTheServerIsDownIsRetriedAndDeliveredOnce() throws Exception {
        int redeliveriesBefore = REDELIVERIES.get();
        int deadBefore = kafka.readAll(DLQ).size();
        // the server restarts: close 4000, the session reconnects after its restart delay (5 s)
        chatbox.restart(Duration.ofSeconds(1));
        kafka.send(OUTBOUND, "chatbox:Relay", "{\"target\":\"chatbox\",\"text\":\"through the restart\"}");

        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> assertThat(chatbox.deliveries())
                .anySatisfy(d -> assertThat(d.text()).isEqualTo("through the restart")));
        awaitAllCommitted();
        assertThat(REDELIVERIES.get()).as("failed attempts while the server was away")
                .isGreaterThan(redeliveriesBefore);
        assertThat(chatbox.deliveries()).filteredOn(d -> d.text().equals("through the restart")).hasSize(1);
        assertThat(kafka.readAll(DLQ)).hasSize(deadBefore);
    }

    private static KafkaTestClient.Rec awaitEvent(String text) {
        KafkaTestClient.Rec[] found = new KafkaTestClient.Rec[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<KafkaTestClient.Rec> matching = kafka.readAll(EVENTS).stream()
                    .filter(r -> text.equals(json(r).path("text").asText())).toList();
            assertThat(matching).hasSize(1);
            found[0] = matching.get(0);
        });
        return found[0];
    }

    private static void awaitAllCommitted() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.committed(GROUP, OUTBOUND)).isEqualTo(kafka.endOffset(OUTBOUND)));
    }

    private static JsonNode json(KafkaTestClient.Rec rec) {
        try {
            return ChatEventEnvelope.MAPPER.readTree(rec.value());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + rec.value(), e);
        }
    }
}
