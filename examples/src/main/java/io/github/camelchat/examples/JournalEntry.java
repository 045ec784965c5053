package io.github.camelchat.examples;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the journal: the component's typed event, as Camel's plain {@code .marshal().json()} writes it, with
 * where it came from.
 *
 * @param source {@code chatbox}, {@code capi} or {@code hitbox}
 * @param type   the event's kind in that game's terms ({@code chat_ingame}, {@code message}, {@code chatMsg}...)
 * @param user   who the event is about, if anyone: the CAPI records carry only a session-scoped user id
 * @param event  the event record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(String source, String type, String user, Object event) {
}
