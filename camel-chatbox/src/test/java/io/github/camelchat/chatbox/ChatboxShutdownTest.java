package io.github.camelchat.chatbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping a route lets the event it is routing finish instead of cutting it off. */
class ChatboxShutdownTest extends ChatboxTestSupport {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(chatbox("Bot", "events=chat_ingame")).routeId("slow")
                        .process(e -> {
                            entered.countDown();
                            release.await(10, TimeUnit.SECONDS);
                        })
                        .to("mock:done");
            }
        };
    }

    @Test
    void aRouteStopWaitsForTheEventInRouting() throws Exception {
        ChatboxEndpoint endpoint = context.getEndpoint(chatbox("Bot", "events=chat_ingame"), ChatboxEndpoint.class);
        await().atMost(10, TimeUnit.SECONDS).until(() -> endpoint.getHello() != null);
        simulator.chat(simulator.player("Steve"), "in flight at shutdown");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        ChatboxConsumer consumer = (ChatboxConsumer) context.getRoute("slow").getConsumer();
        assertThat(consumer.getPendingExchangesSize()).isEqualTo(1);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("slow", 20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.countDown();
        stopping.get(30, TimeUnit.SECONDS);

        MockEndpoint done = getMockEndpoint("mock:done");
        assertThat(done.getReceivedExchanges()).hasSize(1);
        assertThat(done.getReceivedExchanges().get(0).getMessage().getHeader(ChatboxConstants.TEXT))
                .isEqualTo("in flight at shutdown");
        assertThat(context.getRouteController().getRouteStatus("slow")).isEqualTo(ServiceStatus.Stopped);
        assertThat(consumer.getPendingExchangesSize()).isZero();
    }
}
