package io.github.camelchat.capi.model;

/**
 * The {@code status} of a response. The real server left it out on success; {@code {0,0}} means success too.
 *
 * @param area the error area (8: chat, 6: request handling)
 * @param code the code within the area
 */
public record CapiStatus(int area, int code) {

    public static final CapiStatus OK = new CapiStatus(0, 0);

    public boolean isSuccess() {
        return area == 0 && code == 0;
    }

    /** Area 6 (timed out, rate limited): worth retrying later. */
    public boolean isRetryable() {
        return area == 6;
    }

    /** 8/1: the bot is not connected to chat. */
    public boolean isNotConnected() {
        return area == 8 && code == 1;
    }

    /** What the area and code mean, per the CAPI document. */
    public String meaning() {
        if (area == 8 && code == 1) {
            return "not connected to chat";
        }
        if (area == 8 && code == 2) {
            return "bad request";
        }
        if (area == 6 && code == 5) {
            return "request timed out";
        }
        if (area == 6 && code == 8) {
            return "hit rate limit";
        }
        return isSuccess() ? "success" : "unknown error";
    }

    @Override
    public String toString() {
        return area + "/" + code + " (" + meaning() + ")";
    }
}
