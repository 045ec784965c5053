package io.github.camelchat.chatbox;

import io.github.camelchat.chatbox.model.HelloPacket;
import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel starts every route's producers before any consumer. A producer that shares the bot's session must not connect
 * before the consumer listens, or what the server sends on connecting (here: hello) is lost.
 */
class ChatboxStartupOrderTest extends ChatboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // defined first, so its producer starts first
                from("direct:say").routeId("sayer").to(chatbox("Bot", ""));
                from(chatbox("Bot", "events=hello")).routeId("listener").to("mock:hello");
            }
        };
    }

    @Test
    void theConsumerSeesTheHelloOfASessionItSharesWithAnEarlierProducer() throws Exception {
        MockEndpoint hello = getMockEndpoint("mock:hello");
        hello.expectedMessageCount(1);
        hello.assertIsSatisfied(10_000);
        assertThat(hello.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(HelloPacket.class);
        assertThat(((ChatboxConsumer) context.getRoute("listener").getConsumer()).getSession().getConnectAttempts())
                .isEqualTo(1);
        template.sendBody("direct:say", "after start");
        assertThat(simulator.received(license)).hasSize(1);
    }
}
