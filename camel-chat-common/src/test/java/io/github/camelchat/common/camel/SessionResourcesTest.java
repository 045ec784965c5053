package io.github.camelchat.common.camel;

import java.util.ArrayList;
import java.util.List;

import io.github.camelchat.common.session.SessionScheduler.Cancellable;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionResourcesTest {

    @Test
    void timersOfThousandsOfSessionsAreAllAccepted() throws Exception {
        // five sockets' worth of timers each for 1000 sessions: Camel's default profile would reject past 1000
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            SessionResources resources = new SessionResources(context, this, "Test");
            List<Cancellable> timers = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                timers.add(resources.scheduler().schedule(() -> { }, 600_000));
            }
            assertThat(timers).hasSize(5000).doesNotContainNull();
            timers.forEach(Cancellable::cancel);
            resources.close();
        }
    }

    @Test
    void sessionsWithTheSameTlsParametersShareOneClient() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            SessionResources resources = new SessionResources(context, this, "Test");
            SSLContextParameters tls = new SSLContextParameters();
            // two endpoints (two sessions) configured with the same parameters, as the component's defaults do
            SessionConfiguration first = new SessionConfiguration() { };
            SessionConfiguration second = new SessionConfiguration() { };
            first.setSslContextParameters(tls);
            second.setSslContextParameters(tls);
            assertThat(resources.transport(first.transportOptions(resources)))
                    .isSameAs(resources.transport(second.transportOptions(resources)));
            assertThat(resources.httpClient(first.transportOptions(resources)))
                    .isSameAs(resources.httpClient(second.transportOptions(resources)));

            SessionConfiguration other = new SessionConfiguration() { };
            other.setSslContextParameters(new SSLContextParameters());
            assertThat(resources.transport(other.transportOptions(resources)))
                    .isNotSameAs(resources.transport(first.transportOptions(resources)));
            resources.close();
        }
    }
}
