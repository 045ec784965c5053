package io.github.camelchat.capi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.capi.model.ConnectEvent;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.MessageType;
import io.github.camelchat.capi.model.UserLeaveEvent;
import io.github.camelchat.capi.model.UserUpdateEvent;
import io.github.camelchat.capi.support.CapiTestSupport;
import io.github.camelchat.simulator.capi.ChannelUser;
import io.github.camelchat.simulator.capi.UserFlag;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CapiConsumerTest extends CapiTestSupport {

    private ChannelUser alice;

    @Override
    protected RouteBuilder createRouteBuilder() {
        // two members are in the channel before the bot connects
        alice = simulator.join(channel, simulator.user("Alice" + channel.hashCode()).withProgramId("W3XP"));
        simulator.setFlags(alice, UserFlag.MODERATOR);
        simulator.join(channel, simulator.user("Bob" + channel.hashCode()));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(capi("")).routeId("all").to("mock:all");
                from(capi("events=userUpdate,message&includeInitialRoster=false")).routeId("live").to("mock:live");
                from(capi("events=message&rawJson=true")).routeId("raw").to("mock:raw");
            }
        };
    }

    private CapiEndpoint endpoint() {
        return context.getEndpoint(capi(""), CapiEndpoint.class);
    }

    private void awaitListing(MockEndpoint all) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> all.getReceivedExchanges().stream()
                .filter(e -> Boolean.TRUE.equals(e.getMessage().getHeader(CapiConstants.INITIAL_ROSTER)))
                .anyMatch(e -> Long.valueOf(1).equals(e.getMessage().getHeader(CapiConstants.USER_ID))));
    }

    @Test
    void theConnectSequenceIsRoutedWithTheMemberListingMarked() {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitListing(all);
        List<Exchange> received = all.getReceivedExchanges();
        assertThat(received.get(0).getMessage().getBody()).isInstanceOfSatisfying(UserUpdateEvent.class,
                u -> assertThat(u.userId()).isEqualTo(1));
        assertThat(received.get(0).getMessage().getHeader(CapiConstants.INITIAL_ROSTER)).isEqualTo(true);
        assertThat(received.get(1).getMessage().getBody()).isEqualTo(new ConnectEvent(channel));
        assertThat(received.get(1).getMessage().getHeader(CapiConstants.CHANNEL)).isEqualTo(channel);

        assertThat(received.get(1).getMessage().getHeader(CapiConstants.INITIAL_ROSTER)).isEqualTo(false);
        List<Exchange> listing = received.subList(2, received.size());
        assertThat(listing).allSatisfy(e -> assertThat(e.getMessage().getHeader(CapiConstants.INITIAL_ROSTER)).isEqualTo(true));
        assertThat(listing).extracting(e -> e.getMessage().getHeader(CapiConstants.TOON_NAME, String.class))
                .contains(alice.toonName(), "Bob" + channel.hashCode(), "[B]" + bot.accountName().toLowerCase());
        UserUpdateEvent aliceUpdate = listing.stream().map(e -> e.getMessage().getBody())
                .filter(UserUpdateEvent.class::isInstance).map(UserUpdateEvent.class::cast)
                .filter(u -> alice.toonName().equals(u.toonName())).findFirst().orElseThrow();
        assertThat(aliceUpdate.attributes()).containsEntry("ProgramId", "W3XP");
        assertThat(endpoint().getMembers()).extracting(CapiRoster.Member::toonName)
                .contains(alice.toonName(), "Bob" + channel.hashCode());
        assertThat(endpoint().getChannel()).isEqualTo(channel);
        // nothing from the listing reaches the route that excludes it
        assertThat(getMockEndpoint("mock:live").getReceivedExchanges()).isEmpty();
    }

    @Test
    void liveEventsCarryTheSenderFromTheRoster() throws Exception {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitListing(all);
        MockEndpoint live = getMockEndpoint("mock:live");
        ChannelUser carol = simulator.user("Carol" + channel.hashCode()).withProgramId("STAR");
        live.expectedMessageCount(7);

        carol = simulator.join(channel, carol);
        simulator.say(carol, "hello channel");
        simulator.whisperBot(carol, "psst bot");
        simulator.emote(carol, "waves");
        simulator.setFlags(carol, UserFlag.SPEAKER);
        simulator.say(alice, "I am a mod");
        simulator.serverInfo("No one hears you.");
        live.assertIsSatisfied(10_000);

        List<Exchange> got = live.getReceivedExchanges();
        UserUpdateEvent join = got.get(0).getMessage().getBody(UserUpdateEvent.class);
        assertThat(join.toonName()).isEqualTo(carol.toonName());
        assertThat(join.flags()).isNull();
        assertThat(join.attributes()).containsEntry("ProgramId", "STAR");
        assertThat(got.get(0).getMessage().getHeader(CapiConstants.INITIAL_ROSTER)).isEqualTo(false);

        Map<String, Object> say = got.get(1).getMessage().getHeaders();
        assertThat(got.get(1).getMessage().getBody()).isEqualTo(new MessageEvent(carol.id(), "hello channel", MessageType.Channel));
        assertThat(say).containsEntry(CapiConstants.TOON_NAME, carol.toonName())
                .containsEntry(CapiConstants.MESSAGE, "hello channel")
                .containsEntry(CapiConstants.MESSAGE_TYPE, "Channel")
                .containsEntry(CapiConstants.EVENT_TYPE, "message")
                .containsEntry(CapiConstants.USER_ID, (long) carol.id());
        // rawJson: the frame's text as the body, the same headers
        MockEndpoint raw = getMockEndpoint("mock:raw");
        await().atMost(10, TimeUnit.SECONDS).until(() -> raw.getReceivedExchanges().size() >= 5);
        Exchange rawSay = raw.getReceivedExchanges().get(0);
        assertThat(rawSay.getMessage().getBody()).isInstanceOfSatisfying(String.class, json -> {
            assertThat(json).contains("\"Botapichat.MessageEventRequest\"").contains("\"hello channel\"");
        });
        assertThat(rawSay.getMessage().getHeaders()).isEqualTo(say);
        assertThat(raw.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CapiConstants.MESSAGE_TYPE))
                .containsExactly("Channel", "Whisper", "Emote", "Channel", "ServerInfo");

        assertThat(got.get(2).getMessage().getHeader(CapiConstants.MESSAGE_TYPE)).isEqualTo("Whisper");
        assertThat(got.get(3).getMessage().getHeader(CapiConstants.MESSAGE_TYPE)).isEqualTo("Emote");
        UserUpdateEvent flags = got.get(4).getMessage().getBody(UserUpdateEvent.class);
        assertThat(flags.flags()).containsExactly("Speaker");
        assertThat(flags.toonName()).isNull();
        assertThat(got.get(4).getMessage().getHeader(CapiConstants.TOON_NAME)).as("from the roster").isEqualTo(carol.toonName());
        assertThat(got.get(5).getMessage().getHeader(CapiConstants.FLAGS)).isEqualTo(List.of("Moderator"));
        assertThat(got.get(6).getMessage().getHeader(CapiConstants.MESSAGE_TYPE)).isEqualTo("ServerInfo");

        all.reset();
        all.expectedMessageCount(1);
        simulator.leave(carol);
        all.assertIsSatisfied(10_000);
        assertThat(all.getReceivedExchanges().get(0).getMessage().getBody()).isEqualTo(new UserLeaveEvent(carol.id()));
        assertThat(all.getReceivedExchanges().get(0).getMessage().getHeader(CapiConstants.TOON_NAME)).isEqualTo(carol.toonName());
    }

    @Test
    void malformedFramesAreSkippedAndTheConsumerStaysConnected() throws Exception {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitListing(all);
        int connections = simulator.connectionAttempts();
        all.reset();
        all.expectedMessageCount(1);
        simulator.injectRaw("{not json");
        simulator.injectRaw("{\"command\":\"Botapichat.MessageEventRequest\",\"payload\":{\"user_id\":\"x\"}}");
        simulator.injectRaw("[]");
        simulator.say(alice, "still here");
        all.assertIsSatisfied(10_000);
        assertThat(all.getReceivedExchanges().get(0).getMessage().getHeader(CapiConstants.MESSAGE)).isEqualTo("still here");
        assertThat(simulator.connectionAttempts()).isEqualTo(connections);
    }

    @Test
    void invalidUtf8DropsTheSocketAndTheBotLogsInAgain() throws Exception {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitListing(all);
        int connections = simulator.connectionAttempts();
        simulator.injectInvalidUtf8();
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.connectionAttempts() > connections);
        all.reset();
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            simulator.say(alice, "after reconnect");
            return all.getReceivedExchanges().stream()
                    .anyMatch(e -> "after reconnect".equals(e.getMessage().getHeader(CapiConstants.MESSAGE)));
        });
    }
}
