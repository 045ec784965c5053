package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code mediaLog{channel,type,name,token}}: ask for the {@link MediaLog} of the channel.
 *
 * @param channel the channel (required; sent in lower case)
 * @param type    the media type, {@code null} for {@value #TYPE_IMAGE} (the only one documented)
 * @param name    the requesting user (required)
 * @param token   the requesting user's auth token
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaLogRequest(String channel, String type, String name,
                              @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token)
        implements HitboxRequest {

    public static final String METHOD = "mediaLog";

    /** The default (and only documented) media type. */
    public static final String TYPE_IMAGE = "image";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "MediaLogRequest[channel=" + channel + ", type=" + type + ", name=" + name + ", token="
                + Secrets.mask(token) + "]";
    }
}
