package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A role of a Discord user.
 *
 * @param id     the role snowflake (a string on the wire)
 * @param name   the role name
 * @param colour the raw RGB colour of the role
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscordRole(String id, String name, Integer colour) {
}
