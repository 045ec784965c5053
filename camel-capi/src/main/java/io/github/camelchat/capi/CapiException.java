package io.github.camelchat.capi;

import io.github.camelchat.capi.model.CapiStatus;
import io.github.camelchat.common.send.ChatException;

/**
 * A request the CAPI server refused ({@link #getArea()}/{@link #getCode()}: 8/1 not connected, 8/2 bad request, 6/5
 * timed out, 6/8 rate limited), or one the component refused before sending (area and code 0).
 */
public class CapiException extends ChatException {

    private final int area;
    private final int code;

    public CapiException(Reason reason, int area, int code, String message) {
        super(reason, message);
        this.area = area;
        this.code = code;
    }

    /** A status answer from the server. */
    public static CapiException fromStatus(String command, CapiStatus status) {
        return new CapiException(Reason.REJECTED, status.area(), status.code(),
                "CAPI server refused " + command + ": " + status);
    }

    /** A request refused before sending. */
    public static CapiException invalid(String message) {
        return new CapiException(Reason.INVALID, 0, 0, message);
    }

    public int getArea() {
        return area;
    }

    public int getCode() {
        return code;
    }

    /** What the area and code mean. */
    public String getMeaning() {
        return new CapiStatus(area, code).meaning();
    }
}
