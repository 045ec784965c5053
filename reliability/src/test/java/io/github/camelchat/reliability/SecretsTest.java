package io.github.camelchat.reliability;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelchat.common.camel.ChatEndpoint;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.reliability.rig.ChatRig;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Puts every place a secret could surface in front of {@link SecretGuard}: endpoint and route {@code toString()}s,
 * the masked URI and service metadata, health results, exceptions of refused sends, and the DEBUG log of a route that
 * logs what it sends (Camel's own endpoint logging included). The guard fails the class if any key or token shows up,
 * in these or in any log line of the whole suite; the self-test proves the guard can fail.
 */
class SecretsTest extends ReliabilityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelchat.reliability.rig.Rigs#all")
    void noSecretInLogsUrisHealthOrExceptions(Supplier<ChatRig> factory) throws Exception {
        try (ChatRig good = factory.get().startServer()) {
            good.startCamel();
            good.awaitReady();
            String uri = good.producerUri();
            good.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").routeId("send").to("log:before?level=DEBUG&showAll=true").to(uri)
                            .to("log:after?level=DEBUG&showAll=true");
                }
            });
            Exchange sent = good.context().createProducerTemplate().request("direct:send",
                    e -> e.getIn().setBody("secrets check " + good.component()));
            assertThat(sent.getException()).isNull();
            good.readiness();
            observeEndpoints(good);
            good.observeVisibleTexts();
            assertThat(SecretGuard.lines()).as("Camel logged the endpoint it sent to")
                    .anyMatch(l -> l.contains(good.component() + "://"));
        }
        ChatRig bad = factory.get().startServer().withWrongCredentials();
        try (bad) {
            bad.startCamel();
            await().atMost(15, TimeUnit.SECONDS).until(() -> bad.session() != null
                    && bad.session().getState() == SessionState.FAILED);
            Exchange refused = bad.submit(List.of("refused " + bad.component())).get(0).get(10, TimeUnit.SECONDS);
            assertThat(refused.getException()).isNotNull();
            Secrets.observe(Secrets.describe(refused.getException()));
            bad.readiness();
            observeEndpoints(bad);
            bad.observeVisibleTexts();
        }
    }

    private static void observeEndpoints(ChatRig rig) {
        for (Endpoint endpoint : rig.context().getEndpoints()) {
            Secrets.observe(endpoint.toString());
            if (endpoint instanceof ChatEndpoint<?> chat) {
                Secrets.observe(chat.maskedUri() + " " + chat.getServiceUrl() + " " + chat.getServiceMetadata()
                        + " " + chat.getComponent());
            }
        }
    }

    @Test
    void theGuardFindsASecretAndDoesNotRepeatIt() {
        String secret = "0123456789abcdef-not-a-real-key";
        List<String> found = SecretGuard.leaks(Set.of(secret), List.of("INFO x - connecting with " + secret),
                List.of("health: ok", "exception: bad key " + secret));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("1 log lines and 1 observed texts").doesNotContain(secret);
        assertThat(SecretGuard.leaks(Set.of(secret), List.of("INFO x - connecting with xxxxxx"), List.of()))
                .isEmpty();
    }
}
