package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code loginMsg}: the answer to {@code joinChannel}. Wrong credentials are not an error: they give role
 * {@code guest} (and name {@code UnknownSoldier}).
 *
 * @param channel the joined channel
 * @param name    the name in chat, {@code UnknownSoldier} for a guest
 * @param role    {@code guest}, {@code anon} (viewer), {@code user} (moderator) or {@code admin}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginMsg(String channel, String name, String role) implements HitboxMessage {

    public static final String METHOD = "loginMsg";

    @Override
    public String method() {
        return METHOD;
    }

    /** Whether the login gave the read-only guest role (no credentials, or wrong ones). */
    @JsonIgnore
    public boolean guest() {
        return role == null || HitboxRoles.GUEST.equalsIgnoreCase(role);
    }
}
