package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * {@code serverMsg}: the stream changed — {@code resourceUpdate} (title or game) or {@code hostModeUpdate} (host
 * mode on/off).
 *
 * @param channel the channel
 * @param text    an object, {@code {"media":{…}}}: a copy of the media API record of the (hosted) channel
 * @param type    {@code resourceUpdate} or {@code hostModeUpdate}
 * @param mode    {@code on} or {@code off} (host mode updates)
 * @param time    when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerMsg(String channel, JsonNode text, String type, String mode, @IsoInstant Instant time)
        implements HitboxMessage {

    public static final String METHOD = "serverMsg";

    public static final String TYPE_RESOURCE_UPDATE = "resourceUpdate";
    public static final String TYPE_HOST_MODE_UPDATE = "hostModeUpdate";

    @Override
    public String method() {
        return METHOD;
    }

    /** {@code text.media}, or {@code null}. */
    @JsonIgnore
    public JsonNode media() {
        JsonNode media = text == null ? null : text.get("media");
        return media == null || media.isNull() ? null : media;
    }
}
