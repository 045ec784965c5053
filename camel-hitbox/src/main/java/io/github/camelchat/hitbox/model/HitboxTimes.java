package io.github.camelchat.hitbox.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The time stamps of the hitbox chat. The server sends {@code time} / {@code timestamp} as epoch <b>seconds</b>
 * (a JSON number, sometimes a numeric string); clients send {@code motdMsg.time}, {@code start_time} as ISO-8601
 * strings ({@code 2015-08-16T08:36:45.529Z}, JavaScript's {@code toISOString()}), which the server may echo; the
 * media API uses {@code 2015-08-15 02:10:58} (UTC). All of these are accepted:
 * <ul>
 *   <li>integers and numeric strings: epoch seconds, or epoch milliseconds when the magnitude is at least
 *       10<sup>11</sup> (10<sup>11</sup> s is the year 5138, 10<sup>11</sup> ms is 1973);</li>
 *   <li>decimals: epoch seconds with a fraction (or milliseconds, same rule);</li>
 *   <li>ISO-8601 date-times with an offset ({@code Z}, {@code +01:00}, {@code +0100}, {@code +01}) or without
 *       (taken as UTC), {@code T} or a blank between date and time, any fraction of a second.</li>
 * </ul>
 */
public final class HitboxTimes {

    /** Values of at least this magnitude are epoch milliseconds, smaller ones epoch seconds. */
    public static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private static final BigDecimal MILLIS_THRESHOLD_DECIMAL = BigDecimal.valueOf(MILLIS_THRESHOLD);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private HitboxTimes() {
    }

    /** An epoch value in seconds, or milliseconds if its magnitude is at least {@value #MILLIS_THRESHOLD}. */
    public static Instant fromEpoch(long value) {
        return Math.abs(value) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    /**
     * A decimal epoch value in seconds, or milliseconds if its magnitude is at least {@value #MILLIS_THRESHOLD}.
     *
     * @throws DateTimeException if it is out of range
     */
    public static Instant fromEpoch(BigDecimal value) {
        BigDecimal seconds = value.abs().compareTo(MILLIS_THRESHOLD_DECIMAL) >= 0 ? value.divide(THOUSAND) : value;
        try {
            BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).multiply(BILLION).setScale(0, java.math.RoundingMode.DOWN)
                    .longValueExact();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException e) {
            throw new DateTimeException("epoch value out of range");
        }
    }

    /**
     * Parses a time stamp string (see the class comment).
     *
     * @return the instant, or {@code null} for a blank string
     * @throws DateTimeException if it is neither an epoch number nor an ISO-8601 date-time
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (isNumeric(s)) {
            if (s.indexOf('.') < 0 && s.length() <= 18) {
                return fromEpoch(Long.parseLong(s));
            }
            return fromEpoch(new BigDecimal(s));
        }
        TemporalAccessor parsed = ISO_LENIENT.parse(s);
        LocalDateTime local = LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                : ZoneOffset.UTC;
        return local.toInstant(offset);
    }

    /** {@code -?digits(.digits)?} */
    private static boolean isNumeric(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** JavaScript's {@code toISOString()}: UTC, milliseconds, {@code Z} — what hitbox clients send. */
    public static String toIsoString(Instant instant) {
        return ISO_MILLIS.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
}
