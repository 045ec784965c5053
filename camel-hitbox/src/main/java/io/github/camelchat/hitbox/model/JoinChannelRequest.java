package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code joinChannel{channel,name,token,isAdmin:false[,hideBuffered:true][,notify:true]}}: log in to a channel;
 * the server answers with {@link LoginMsg}. One channel per connection. The channel is sent in lower case; a
 * {@code null} name is sent as {@value HitboxRequest#GUEST_NAME} and a {@code null} token as JSON {@code null}
 * (the guest login). {@code hideBuffered} and {@code notify} are sent only when {@code true} (both optional in the
 * sources). The docs give {@code joinChannel} no {@code nameColor}; colours go with each {@code chatMsg}.
 *
 * @param channel      the channel (required)
 * @param name         the user name, or {@code null} for a guest
 * @param token        the user's auth token, or {@code null} for a guest
 * @param hideBuffered skip the backlog of recent lines after login
 * @param notifyJoinPart receive {@link NotifyMsg} when users join or leave (wire param {@code notify})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JoinChannelRequest(String channel, String name,
                                 @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token,
                                 boolean hideBuffered,
                                 @JsonProperty("notify") boolean notifyJoinPart) implements HitboxRequest {

    public static final String METHOD = "joinChannel";

    /** A login with credentials, backlog included, no join/part notifications. */
    public static JoinChannelRequest of(String channel, String name, String token) {
        return new JoinChannelRequest(channel, name, token, false, false);
    }

    /** A guest login (read-only). */
    public static JoinChannelRequest guest(String channel) {
        return new JoinChannelRequest(channel, null, null, false, false);
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "JoinChannelRequest[channel=" + channel + ", name=" + name + ", token=" + Secrets.mask(token)
                + ", hideBuffered=" + hideBuffered + ", notify=" + notifyJoinPart + "]";
    }
}
