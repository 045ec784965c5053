package io.github.camelchat.capi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.capi.support.CapiTestSupport;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.LogCapture;
import io.github.camelchat.common.testing.OrderedSends;
import io.github.camelchat.simulator.capi.ChannelLine;
import io.github.camelchat.simulator.capi.ChannelUser;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Login failures, restarts, sharing, health and secrets against the simulator. */
class CapiSessionTest extends CapiTestSupport {

    private final String badKey = "ffffffffffffffffffffffffffffffff";
    private final int attemptsAtStart = simulator.connectionAttempts();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(capi("")).routeId("bot").to("mock:bot");
                from(capi(badKey, "")).routeId("bad").to("mock:bad");
            }
        };
    }

    @AfterEach
    void serverBackUp() {
        await().atMost(10, TimeUnit.SECONDS).until(simulator::isListening);
    }

    private CapiConsumer consumer(String routeId) {
        return (CapiConsumer) context.getRoute(routeId).getConsumer();
    }

    private void awaitReady() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("bot").getSession() != null
                && consumer("bot").getSession().getState() == SessionState.READY);
    }

    private HealthCheck.Result readiness(String id) {
        return HealthCheckHelper.invokeReadiness(context, "full").stream()
                .filter(r -> r.getCheck().getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRejectedKeyIsFatalWithoutAReconnectStorm() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("bad").getSession().getState() == SessionState.FAILED);
        Thread.sleep(1000); // a retry loop at the 100 ms reconnect delay would show up here
        assertThat(consumer("bad").getSession().getConnectAttempts()).isEqualTo(1);
        assertThat(consumer("bad").getSession().getStateReason()).contains("API key rejected").doesNotContain(badKey);
        assertThat(simulator.connectionAttempts() - attemptsAtStart).isLessThanOrEqualTo(2);

        HealthCheck.Result health = readiness("consumer:bad");
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("API key rejected"));
        assertThat(health.getDetails().toString()).doesNotContain(badKey).contains("apiKey=xxxxxx");

        Exchange failed = template.request(capi(badKey, ""), e -> e.getIn().setBody("anyone?"));
        assertThat(failed.getException()).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.getReason()).isEqualTo(ChatException.Reason.SESSION_FAILED));

        awaitReady();
        assertThat(readiness("consumer:bot").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void consumerAndProducerShareOneSocket() {
        awaitReady();
        template.sendBody(capi("operation=sendMessage"), "shared");
        assertThat(consumer("bot").getSession().getConnectAttempts()).isEqualTo(1);
        assertThat(simulator.received(bot).stream().filter(f -> f.contains("AuthenticateRequest")).count()).isEqualTo(1);
    }

    @Test
    void aRestartMidStreamLogsInAgainAndLosesNothing() throws Exception {
        awaitReady();
        ChannelUser frank = simulator.join(channel, simulator.user("Frank" + channel.hashCode()));
        template.sendBody(capi(""), "before");
        simulator.restart(Duration.ofMillis(600));
        await().atMost(5, TimeUnit.SECONDS).until(() -> consumer("bot").getSession().getState() != SessionState.READY);

        List<CompletableFuture<Exchange>> during = OrderedSends.sendInOrder(context, capi(""), List.of("during 0", "during 1", "during 2"));
        for (CompletableFuture<Exchange> f : during) {
            assertThat(f.get(20, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(simulator.channelLog().stream().filter(l -> l.channel().equals(channel)).map(ChannelLine::text))
                .containsExactly("before", "during 0", "during 1", "during 2");
        assertThat(simulator.received(bot).stream().filter(f -> f.contains("AuthenticateRequest")).count()).isEqualTo(2);
        assertThat(consumer("bot").getSession().getReadyCount()).isEqualTo(2);

        // the roster was rebuilt: a whisper by name reaches the user under the new connection's ids
        frank = simulator.members(channel).stream().filter(u -> u.toonName().startsWith("Frank")).findFirst().orElse(frank);
        CapiEndpoint endpoint = context.getEndpoint(capi(""), CapiEndpoint.class);
        await().atMost(5, TimeUnit.SECONDS).until(() -> endpoint.getMembers().stream()
                .anyMatch(m -> m.toonName() != null && m.toonName().startsWith("Frank")));
        template.sendBodyAndHeader(capi("operation=sendWhisper"), "welcome back", CapiConstants.TARGET_TOON_NAME,
                frank.toonName());
        assertThat(simulator.whispersTo(frank)).containsExactly("welcome back");
    }

    @Test
    void theApiKeyNeverAppearsInLogsExceptionsOrUris() throws Exception {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = LogCapture.attach()) {
            awaitReady();
            template.sendBody(capi(""), "hello");
            texts.add(String.valueOf(template.request(capi(badKey, ""), e -> e.getIn().setBody("x")).getException()));
            simulator.closeAll(1011, "boom");
            await().atMost(10, TimeUnit.SECONDS).until(() -> consumer("bot").getSession().getReadyCount() == 2);
            for (Endpoint e : context.getEndpoints()) {
                texts.add(e.toString());
            }
            texts.add(((CapiEndpoint) context.getEndpoint(capi(""))).getConfiguration().toString());
            for (HealthCheck.Result r : HealthCheckHelper.invokeReadiness(context, "full")) {
                texts.add(r.getCheck().getId() + " " + r.getMessage() + " " + r.getDetails());
            }
            texts.addAll(logs.lines());
            assertThat(logs.all()).contains("Chat session");
        }
        List<String> leaks = texts.stream().filter(t -> t.contains(bot.apiKey()) || t.contains(badKey)).toList();
        assertThat(leaks).as("text showing an API key").isEmpty();
        assertThat(texts).anyMatch(t -> t.contains("apiKey=xxxxxx"));
    }
}
