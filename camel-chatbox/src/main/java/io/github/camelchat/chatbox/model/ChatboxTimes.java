package io.github.camelchat.chatbox.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the ISO-8601 date-times of the protocol, keeping their offset. RCC sends UTC
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} (parsed by a fast path); anything ISO-8601-like is accepted: {@code Z},
 * {@code +01:00}, {@code +0100}, {@code +01}, with or without fractional seconds. A date-time without an offset is
 * taken as UTC.
 */
final class ChatboxTimes {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private ChatboxTimes() {
    }

    /**
     * @throws java.time.DateTimeException if {@code text} is not an ISO-8601 date-time
     */
    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = parseFast(text);
        if (fast != null) {
            return fast;
        }
        TemporalAccessor parsed = LENIENT.parse(text.trim());
        LocalDateTime local = LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                : ZoneOffset.UTC;
        return OffsetDateTime.of(local, offset);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or {@code null} to fall back to the formatter.
     * Out-of-range fields throw {@link java.time.DateTimeException}, as the formatter would.
     */
    private static OffsetDateTime parseFast(String s) {
        int len = s.length();
        if (len < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < len && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int n = i - start;
            if (n == 0) {
                return null;
            }
            for (; n < 9; n++) {
                nanos *= 10;
            }
        }
        if (i >= len) {
            return null;
        }
        ZoneOffset offset;
        char c = s.charAt(i);
        if (c == 'Z' && i + 1 == len) {
            offset = ZoneOffset.UTC;
        } else if ((c == '+' || c == '-') && i + 6 == len && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            int total = oh * 3600 + om * 60;
            offset = ZoneOffset.ofTotalSeconds(c == '-' ? -total : total);
        } else {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
