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
    private final int failureThreshold;

    /**
     * @param failureThreshold consecutive failed attempts a session that was ready may make while still reported UP
     *                         (a short blip is not an outage); 1 reports DOWN from the first loss
     */
    public SessionHealthCheck(String group, String id, Supplier<ChatSession<?>> session, String maskedUri,
            int failureThreshold) {
        super(group, id);
        this.session = session;
        this.maskedUri = maskedUri;
        this.failureThreshold = Math.max(1, failureThreshold);
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
        boolean reconnecting = !state.isTerminal() && current.getReadyCount() > 0;
        if (state == SessionState.READY || reconnecting && current.getFailedAttempts() < failureThreshold) {
            builder.up();
        } else {
            builder.message("Chat session " + current.getName() + " is " + state + (reason == null ? "" : ": " + reason))
                    .down();
        }
    }
}
