package io.github.camelchat.chatbox;

import java.util.concurrent.TimeUnit;

import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ping-bot pattern: a route consumes a command and replies through the same license, so the reply's confirmation
 * arrives on the socket that is delivering the command. The reply must complete, not wait for its send timeout.
 */
class ChatboxReplyBotTest extends ChatboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(chatbox("PingBot", "events=command"))
                        .setHeader(ChatboxConstants.USER, header(ChatboxConstants.SENDER_NAME))
                        .setBody(constant("pong"))
                        .to(chatbox("PingBot", "operation=tell&sendTimeout=3000"))
                        .to("mock:replied");
            }
        };
    }

    @Test
    void aReplyOnTheSameConnectionCompletesWithinItsSendTimeout() throws Exception {
        ChatboxEndpoint endpoint = context.getEndpoint(chatbox("PingBot", "events=command"), ChatboxEndpoint.class);
        await().atMost(10, TimeUnit.SECONDS).until(() -> endpoint.getHello() != null);
        Player steve = simulator.player("Steve");
        simulator.join(steve);
        try {
            MockEndpoint replied = getMockEndpoint("mock:replied");
            replied.expectedMessageCount(3);
            for (int i = 0; i < 3; i++) {
                simulator.chat(steve, "\\ping");
            }
            // a reply stuck behind its own confirmation would fail with a timeout after 3 s instead
            replied.assertIsSatisfied(10_000);
            assertThat(replied.getReceivedExchanges()).allSatisfy(e -> {
                assertThat(e.getException()).isNull();
                assertThat(e.getMessage().getHeader(ChatboxConstants.CONFIRMATION)).isEqualTo("message_sent");
            });
            assertThat(simulator.inbox(steve)).hasSize(3);
        } finally {
            simulator.leave(steve);
        }
    }
}
