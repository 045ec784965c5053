package io.github.camelchat.simulator.capi;

/** A response's {@code status}: area and code (Alpha 1 table). */
record Status(int area, int code) {

    static final Status SUCCESS = new Status(0, 0);
    static final Status NOT_CONNECTED = new Status(8, 1);
    static final Status BAD_REQUEST = new Status(8, 2);
    static final Status TIMED_OUT = new Status(6, 5);
    static final Status RATE_LIMITED = new Status(6, 8);

    boolean success() {
        return area == 0 && code == 0;
    }
}
