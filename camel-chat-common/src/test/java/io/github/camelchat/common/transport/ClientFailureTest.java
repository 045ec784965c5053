package io.github.camelchat.common.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failure of the JDK WebSocket client reports to the session. */
class ClientFailureTest {

    @Test
    void theJdkClientsInternalErrorBecomesAnIoExceptionThatSaysWhatHappened() {
        InternalError jdk = new InternalError();
        Throwable reported = JdkWebSocketTransport.clientFailure(new CompletionException(jdk));
        assertThat(reported).isInstanceOf(IOException.class).hasCause(jdk)
                .hasMessageContaining("JDK WebSocket client failed with java.lang.InternalError")
                .hasMessageContaining("right after the WebSocket upgrade");
    }

    @Test
    void otherFailuresAreReportedAsTheyAre() {
        ConnectException refused = new ConnectException("Connection refused");
        assertThat(JdkWebSocketTransport.clientFailure(new CompletionException(refused))).isSameAs(refused);
        assertThat(JdkWebSocketTransport.clientFailure(refused)).isSameAs(refused);
    }
}
