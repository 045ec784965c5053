package io.github.camelchat.chatbox;

import io.github.camelchat.common.session.CloseDecision;

/**
 * The chatbox close codes, as ReconnectedCC and SwitchCraft use them. 4006/4100 ({@code fatal_error}) and 4007/4101
 * ({@code unsupported_endpoint}) differ between the two servers; both are accepted.
 */
final class ChatboxCloseCodes {

    private ChatboxCloseCodes() {
    }

    static String name(int code) {
        return switch (code) {
            case 4000 -> "server_stopping";
            case 4001 -> "external_guests_not_allowed";
            case 4002 -> "unknown_license_key";
            case 4003 -> "invalid_license_key";
            case 4004 -> "disabled_license";
            case 4005 -> "changed_license_key";
            case 4006, 4100 -> "fatal_error";
            case 4007, 4101 -> "unsupported_endpoint";
            default -> null;
        };
    }

    /**
     * @param code          the WebSocket close code
     * @param reason        the close frame's reason text
     * @param closingReason the {@code closeReason} of a {@code closing} packet received just before, or {@code null}
     * @param restartDelay  how long to wait after a server restart
     */
    static CloseDecision classify(int code, String reason, String closingReason, long restartDelay) {
        String known = closingReason != null ? closingReason : name(code);
        String text = "closed by server with " + code + (known == null ? "" : " " + known)
                + (reason == null || reason.isBlank() || reason.equals(known) ? "" : " (" + reason + ")");
        if (known == null) {
            return CloseDecision.retry(text);
        }
        return switch (known) {
            case "server_stopping" -> CloseDecision.retryAfter(restartDelay, text);
            case "fatal_error" -> CloseDecision.retry(text);
            case "external_guests_not_allowed", "unknown_license_key", "invalid_license_key", "disabled_license",
                    "changed_license_key", "unsupported_endpoint" -> CloseDecision.fatal(text);
            default -> CloseDecision.retry(text);
        };
    }
}
