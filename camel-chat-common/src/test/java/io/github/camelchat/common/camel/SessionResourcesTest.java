package io.github.camelchat.common.camel;

import java.util.ArrayList;
import java.util.List;

import io.github.camelchat.common.session.SessionScheduler.Cancellable;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
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
}
