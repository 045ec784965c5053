package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.json.IsoInstant;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * {@code mediaLog}: the answer to a {@code mediaLog} request, the media (images) posted in the channel.
 *
 * @param channel the channel
 * @param type    the media type asked for ({@code image})
 * @param data    the media, oldest first as sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaLog(String channel, String type, List<Item> data) implements HitboxMessage {

    public static final String METHOD = "mediaLog";

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * One posted medium.
     *
     * @param channel   the channel
     * @param name      who posted it
     * @param nameColor their name colour
     * @param time      when
     * @param url       the original URL
     * @param size      its size in pixels
     * @param proxyUrl  the URL of hitbox's copy
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String channel, String name, String nameColor, @IsoInstant Instant time, String url, Size size,
                       String proxyUrl) {
    }

    /**
     * An image size.
     *
     * @param x width in pixels
     * @param y height in pixels
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Size(Integer x, Integer y) {
    }
}
