package io.github.camelchat.simulator.chatbox;

import java.util.Locale;

/** Chatbox close reasons with RCC's texts ({@code CloseCodes.java}). */
public enum CloseReason {
    SERVER_STOPPING(4000, 4000, "Server is restarting, please reconnect in a few minutes"),
    EXTERNAL_GUESTS_NOT_ALLOWED(4001, 4001, "External guests are not allowed"),
    UNKNOWN_LICENSE_KEY(4002, 4002, "Unknown license key. Get one with /chatbox license register"),
    INVALID_LICENSE_KEY(4003, 4003, "Invalid license key. Get one with /chatbox license register"),
    DISABLED_LICENSE(4004, 4004, "Your license has been disabled. Please contact a member of staff"),
    CHANGED_LICENSE_KEY(4005, 4005, "Your license key was invalidated"),
    FATAL_ERROR(4006, 4100, "A fatal error occurred"),
    UNSUPPORTED_ENDPOINT(4007, 4101, "Unsupported websocket endpoint. Supported endpoints: /v2/:token");

    private final int rccCode;
    private final int switchCraftCode;
    private final String message;

    CloseReason(int rccCode, int switchCraftCode, String message) {
        this.rccCode = rccCode;
        this.switchCraftCode = switchCraftCode;
        this.message = message;
    }

    public int code(CloseCodeSet set) {
        return set == CloseCodeSet.SWITCHCRAFT ? switchCraftCode : rccCode;
    }

    /** The snake_case name: the close-frame reason of handshake rejects and the {@code closeReason} field. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The human text: the close-frame reason of server-initiated closes (4000, 4005). */
    public String message() {
        return message;
    }

    public static CloseReason byWireName(String wireName) {
        for (CloseReason r : values()) {
            if (r.wireName().equals(wireName)) {
                return r;
            }
        }
        return null;
    }
}
