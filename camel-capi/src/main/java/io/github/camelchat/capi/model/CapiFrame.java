package io.github.camelchat.capi.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One decoded CAPI envelope.
 *
 * @param command   the command with stray blanks removed ({@code " Botapichat.ConnectRequest"} reads as
 *                  {@code Botapichat.ConnectRequest})
 * @param requestId {@code request_id} (or the document's {@code requestId}), or {@code null}
 * @param status    the status, or {@code null} when left out (success)
 * @param payload   the payload, an empty object when left out
 */
public record CapiFrame(String command, Long requestId, CapiStatus status, JsonNode payload) {

    /** Success unless a status other than {@code {0,0}} is present. */
    public boolean isSuccess() {
        return status == null || status.isSuccess();
    }

    public boolean isResponse() {
        return command.endsWith("Response");
    }
}
