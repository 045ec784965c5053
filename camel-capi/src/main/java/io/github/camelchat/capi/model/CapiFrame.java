package io.github.camelchat.capi.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One decoded CAPI envelope.
 *
 * @param command   the command with stray blanks removed ({@code " Botapichat.ConnectRequest"} reads as
 *                  {@code Botapichat.ConnectRequest})
 * @param requestId {@code request_id} (or the document's {@code requestId}), or {@code null}
 * @param status    the status, or {@code null} when left out (success)
 * @param payload   the payload, an empty object when left out; {@code null} when the frame is one of the five events,
 *                  whose payload {@link CapiCodec#decode} reads straight into {@code event}
 * @param event     the event an {@code ...EventRequest} frame carries, or {@code null} for other commands
 */
public record CapiFrame(String command, Long requestId, CapiStatus status, JsonNode payload, CapiEvent event) {

    /** A frame that is not an event. */
    public CapiFrame(String command, Long requestId, CapiStatus status, JsonNode payload) {
        this(command, requestId, status, payload, null);
    }

    /** Success unless a status other than {@code {0,0}} is present. */
    public boolean isSuccess() {
        return status == null || status.isSuccess();
    }

    public boolean isResponse() {
        return command.endsWith("Response");
    }
}
