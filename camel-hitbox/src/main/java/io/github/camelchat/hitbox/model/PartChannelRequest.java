package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code partChannel{name}}: log out. There is no answer; the server closes the connection.
 *
 * @param name the name logged in with, or {@code null} for {@value HitboxRequest#GUEST_NAME}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartChannelRequest(String name) implements HitboxRequest {

    public static final String METHOD = "partChannel";

    @Override
    public String method() {
        return METHOD;
    }
}
