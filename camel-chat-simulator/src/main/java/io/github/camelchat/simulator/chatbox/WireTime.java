package io.github.camelchat.simulator.chatbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** RCC's {@code DateUtils}: UTC with milliseconds and a literal Z. */
final class WireTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTime() {
    }

    static String now() {
        return format(Instant.now());
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
