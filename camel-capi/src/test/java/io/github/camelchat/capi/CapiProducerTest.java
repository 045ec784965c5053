package io.github.camelchat.capi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.capi.support.CapiTestSupport;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.simulator.capi.ChannelLine;
import io.github.camelchat.simulator.capi.ChannelUser;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CapiProducerTest extends CapiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ChannelUser dave;

    @Override
    protected RouteBuilder createRouteBuilder() {
        dave = simulator.join(channel, simulator.user("Dave" + channel.hashCode()));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(capi("events=message")).routeId("messages").to("mock:messages");
            }
        };
    }

    @BeforeEach
    void awaitConnected() {
        CapiEndpoint endpoint = context.getEndpoint(capi("events=message"), CapiEndpoint.class);
        await().atMost(10, TimeUnit.SECONDS).until(() -> endpoint.getMembers().stream()
                .anyMatch(m -> dave.toonName().equals(m.toonName())));
    }

    private List<JsonNode> requests(String command) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (String frame : simulator.received(bot)) {
            JsonNode node = JSON.readTree(frame);
            if (node.path("command").asText().equals(command)) {
                found.add(node);
            }
        }
        return found;
    }

    private List<ChannelLine> said() {
        return simulator.channelLog().stream().filter(l -> l.channel().equals(channel)).toList();
    }

    @Test
    void sendMessageWritesTheExactRequestAndCompletesOnTheResponse() throws Exception {
        Exchange done = template.request(capi(""), e -> e.getIn().setBody("hello \"channel\""));
        assertThat(done.getException()).isNull();
        List<JsonNode> sent = requests("Botapichat.SendMessageRequest");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).at("/payload/message").asText()).isEqualTo("hello \"channel\"");
        assertThat(sent.get(0).get("request_id").asLong())
                .isEqualTo(done.getMessage().getHeader(CapiConstants.REQUEST_ID, Long.class));
        assertThat(said()).extracting(ChannelLine::text).containsExactly("hello \"channel\"");
        // the bot's own channel messages are not echoed
        assertThat(getMockEndpoint("mock:messages").getReceivedExchanges()).isEmpty();
    }

    @Test
    void whispersGoToTheUserByNameOrId() {
        template.sendBodyAndHeader(capi("operation=sendWhisper"), "by name", CapiConstants.TARGET_TOON_NAME,
                dave.toonName().toUpperCase());
        template.sendBodyAndHeaders(capi(""), "by id",
                Map.of(CapiConstants.OPERATION, "sendWhisper", CapiConstants.TARGET_USER_ID, dave.id()));
        template.sendBody(capi("operation=sendWhisper&user=" + dave.toonName()), "by option");
        assertThat(simulator.whispersTo(dave)).containsExactly("by name", "by id", "by option");
    }

    @Test
    void whisperToSomeoneNotInTheChannelFailsClearly() {
        Exchange done = template.request(capi("operation=sendWhisper&user=Nobody"), e -> e.getIn().setBody("hi"));
        assertThat(done.getException()).isInstanceOfSatisfying(CapiException.class, e -> {
            assertThat(e.getReason()).isEqualTo(ChatException.Reason.INVALID);
            assertThat(e.getMessage()).contains("'Nobody' is not in the channel");
        });
    }

    @Test
    void ownEmotesComeBackAsEmoteMessagesFromUserOne() throws Exception {
        MockEndpoint messages = getMockEndpoint("mock:messages");
        messages.expectedMessageCount(1);
        template.sendBody(capi("operation=sendEmote"), "dances");
        messages.assertIsSatisfied(10_000);
        Exchange echo = messages.getReceivedExchanges().get(0);
        assertThat(echo.getMessage().getHeader(CapiConstants.MESSAGE_TYPE)).isEqualTo("Emote");
        assertThat(echo.getMessage().getHeader(CapiConstants.USER_ID)).isEqualTo(1L);
        assertThat(echo.getMessage().getHeader(CapiConstants.TOON_NAME)).isEqualTo(bot.toonName());
    }

    @Test
    void moderationRequestsTakeEffect() throws Exception {
        ChannelUser eve = simulator.join(channel, simulator.user("Eve" + channel.hashCode()));
        CapiEndpoint endpoint = context.getEndpoint(capi("events=message"), CapiEndpoint.class);
        await().atMost(5, TimeUnit.SECONDS).until(() -> endpoint.getMembers().stream()
                .anyMatch(m -> eve.toonName().equals(m.toonName())));

        template.sendBodyAndHeader(capi("operation=kickUser"), null, CapiConstants.TARGET_TOON_NAME, eve.toonName());
        assertThat(simulator.members(channel)).extracting(ChannelUser::toonName).doesNotContain(eve.toonName());

        template.sendBodyAndHeader(capi("operation=banUser"), null, CapiConstants.TARGET_TOON_NAME, dave.toonName());
        assertThat(simulator.bans(channel)).anyMatch(b -> b.equalsIgnoreCase(dave.toonName()));
        template.sendBodyAndHeader(capi("operation=unbanUser"), null, CapiConstants.TARGET_TOON_NAME, dave.toonName());
        assertThat(simulator.bans(channel)).noneMatch(b -> b.equalsIgnoreCase(dave.toonName()));

        assertThat(requests("Botapichat.KickUserRequest").get(0).at("/payload/user_id").asLong()).isEqualTo(eve.id());
        assertThat(requests("Botapichat.UnbanUserRequest").get(0).at("/payload/toon_name").asText()).isEqualTo(dave.toonName());
    }

    @Test
    void badRequestsMapToCapiExceptions() {
        Exchange done = template.request(capi("operation=kickUser"), e -> e.getIn().setHeader(CapiConstants.TARGET_USER_ID, 9999L));
        assertThat(done.getException()).isInstanceOfSatisfying(CapiException.class, e -> {
            assertThat(e.getArea()).isEqualTo(8);
            assertThat(e.getCode()).isEqualTo(2);
            assertThat(e.getMeaning()).isEqualTo("bad request");
        });
    }

    @Test
    void tooLongMessagesAreRefusedBeforeSending() {
        String tooLong = "é".repeat(128); // 256 bytes in UTF-8, 128 characters
        Exchange done = template.request(capi(""), e -> e.getIn().setBody(tooLong));
        assertThat(done.getException()).isInstanceOf(CapiException.class).hasMessageContaining("256 bytes")
                .hasMessageContaining("254");
        assertThat(simulator.received(bot)).noneMatch(f -> f.contains("SendMessageRequest"));
        assertThat(template.request(capi(""), e -> e.getIn().setBody("x".repeat(254))).getException()).isNull();
    }

    @Test
    void rateLimitedRequestsAreRetriedUntilDelivered() throws Exception {
        simulator.setRateLimit(2, Duration.ofSeconds(1));
        try {
            List<Exchange> results = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String text = "burst " + i;
                results.add(template.request(capi("sendTimeout=20000"), e -> e.getIn().setBody(text)));
            }
            assertThat(results).allSatisfy(r -> assertThat(r.getException()).isNull());
            assertThat(said()).extracting(ChannelLine::text)
                    .containsExactly("burst 0", "burst 1", "burst 2", "burst 3", "burst 4");
            assertThat(requests("Botapichat.SendMessageRequest").size()).as("some were refused and sent again")
                    .isGreaterThan(5);
        } finally {
            simulator.setRateLimit(1000, Duration.ofSeconds(1));
        }
    }

    @Test
    void timedOutRequestsAreRetried() {
        simulator.answerNextWithTimeout(2);
        Exchange done = template.request(capi(""), e -> e.getIn().setBody("eventually"));
        assertThat(done.getException()).isNull();
        assertThat(said()).extracting(ChannelLine::text).containsExactly("eventually");
    }
}
