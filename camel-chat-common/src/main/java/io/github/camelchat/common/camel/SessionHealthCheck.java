package io.github.camelchat.common.camel;

import java.util.Map;
import java.util.function.Supplier;

import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a consumer or producer: UP while its session is READY, DOWN otherwise with the session's state and
 * reason. Only the masked endpoint URI is shown, never a credential.
 */
public final class SessionHealthCheck extends AbstractHealthCheck {

    private final Supplier<ChatSession<?>> session;
    private final String maskedUri;

    public SessionHealthCheck(String group, String id, Supplier<ChatSession<?>> session, String maskedUri) {
        super(group, id);
        this.session = session;
        this.maskedUri = maskedUri;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(HealthCheck.ENDPOINT_URI, maskedUri);
        ChatSession<?> current = session.get();
        if (current == null) {
            builder.detail("session.state", "not started").message("Chat session not started").down();
            return;
        }
        SessionState state = current.getState();
        builder.detail("session.state", state.name());
        builder.detail("session.failedAttempts", current.getFailedAttempts());
        String reason = current.getStateReason();
        if (reason != null) {
            builder.detail("session.reason", reason);
        }
        if (state == SessionState.READY) {
            builder.up();
        } else {
            builder.message("Chat session " + current.getName() + " is " + state + (reason == null ? "" : ": " + reason))
                    .down();
        }
    }
}
