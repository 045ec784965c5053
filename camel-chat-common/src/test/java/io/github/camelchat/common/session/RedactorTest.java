package io.github.camelchat.common.session;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.testing.LogCapture;
import io.github.camelchat.common.testing.SessionHarness;
import io.github.camelchat.common.testing.TestProtocol;
import org.junit.jupiter.api.Test;

import static io.github.camelchat.common.testing.Futures.chatFailure;
import static io.github.camelchat.common.testing.TestProtocol.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/** Secrets never reach state reasons, listener reasons, exception messages or logs. */
class RedactorTest {

    @Test
    void masksEveryOccurrenceOfEverySecret() {
        Redactor redactor = Redactor.of("alpha-secret", "beta-secret");

        assertThat(redactor.apply("x alpha-secret y beta-secret z alpha-secret"))
                .isEqualTo("x xxxxxx y xxxxxx z xxxxxx");
        assertThat(redactor.apply(null)).isNull();
        assertThat(redactor.apply("nothing here")).isEqualTo("nothing here");
    }

    @Test
    void ignoresNullAndTooShortSecretsThatWouldMangleEveryText() {
        Redactor redactor = Redactor.of(null, "", "abc", "long-enough");

        assertThat(redactor.apply("abc and long-enough")).isEqualTo("abc and xxxxxx");
        assertThat(Redactor.of().apply("abc")).isEqualTo("abc");
    }

    @Test
    void aCloseReasonContainingTheSecretIsMaskedInTheStateReasonAndListenerReason() {
        SessionHarness h = SessionHarness.create();
        h.connect();

        try (LogCapture logs = LogCapture.attach()) {
            h.current().serverCloses(1011, "license " + SECRET + " is rate limited");

            assertThat(h.session.getState()).isEqualTo(SessionState.RETRY_WAIT);
            assertThat(h.session.getStateReason())
                    .isEqualTo("closed with 1011: license " + Redactor.MASK + " is rate limited");
            assertThat(h.reasons).last().asString().doesNotContain(SECRET).contains(Redactor.MASK);
            assertThat(logs.all()).contains("1011").contains(Redactor.MASK).doesNotContain(SECRET);
        }
    }

    @Test
    void aFatalReasonContainingTheSecretIsMaskedEverywhereItIsShown() {
        SessionHarness h = SessionHarness.create();
        h.connect();
        CompletableFuture<Object> pending = h.session.send("a");

        try (LogCapture logs = LogCapture.attach()) {
            h.current().serverCloses(4002, "unknown license " + SECRET);

            assertThat(h.session.getState()).isEqualTo(SessionState.FAILED);
            assertThat(h.session.getStateReason()).contains(Redactor.MASK).doesNotContain(SECRET);
            assertThat(chatFailure(pending, Reason.SESSION_FAILED).getMessage())
                    .contains(Redactor.MASK).doesNotContain(SECRET);
            assertThat(logs.all()).contains("unknown license").doesNotContain(SECRET);
        }
    }

    @Test
    void transportErrorsAndMalformedFramesMentioningTheSecretAreMasked() {
        SessionHarness h = SessionHarness.create();
        try (LogCapture logs = LogCapture.attach()) {
            h.session.start();
            h.current().fail(new IOException("cannot reach " + TestProtocol.URI_WITH_SECRET));
            assertThat(h.session.getStateReason()).contains(Redactor.MASK).doesNotContain(SECRET);

            h.clock.advance(1000);
            h.connect();
            h.current().serverSends("bad:" + SECRET);

            assertThat(logs.all()).contains("malformed frame").doesNotContain(SECRET);
            assertThat(logs.all()).contains(TestProtocol.DISPLAY_URI); // debug logs name the masked URI
        }
    }
}
