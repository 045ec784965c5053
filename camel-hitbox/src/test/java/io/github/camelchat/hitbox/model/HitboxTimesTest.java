package io.github.camelchat.hitbox.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitboxTimesTest {

    private static final Instant T = Instant.ofEpochSecond(1426785188);

    @Test
    void epochSecondsAndMillis() {
        assertThat(HitboxTimes.fromEpoch(1426785188L)).isEqualTo(T);
        assertThat(HitboxTimes.fromEpoch(1426785188000L)).isEqualTo(T);
        assertThat(HitboxTimes.fromEpoch(0)).isEqualTo(Instant.EPOCH);
        assertThat(HitboxTimes.fromEpoch(99_999_999_999L)).isEqualTo(Instant.ofEpochSecond(99_999_999_999L));
        assertThat(HitboxTimes.fromEpoch(100_000_000_000L)).isEqualTo(Instant.ofEpochMilli(100_000_000_000L));
        assertThat(HitboxTimes.fromEpoch(new BigDecimal("1426785188.25")))
                .isEqualTo(T.plusMillis(250));
        assertThat(HitboxTimes.fromEpoch(new BigDecimal("1426785188250.5")))
                .isEqualTo(T.plusMillis(250).plusNanos(500_000));
        assertThat(HitboxTimes.fromEpoch(new BigDecimal("-1.5"))).isEqualTo(Instant.ofEpochSecond(-2, 500_000_000));
    }

    @Test
    void strings() {
        assertThat(HitboxTimes.parse("1426785188")).isEqualTo(T);
        assertThat(HitboxTimes.parse("+1426785188")).isEqualTo(T);
        assertThat(HitboxTimes.parse("1426785188000")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19T17:13:08Z")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19T17:13:08.000Z")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19t17:13:08z")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19T18:13:08+01:00")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19T18:13:08+0100")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19T18:13:08+01")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19T17:13:08")).isEqualTo(T);
        assertThat(HitboxTimes.parse("2015-03-19 17:13:08")).isEqualTo(T);
        assertThat(HitboxTimes.parse(" ")).isNull();
        assertThat(HitboxTimes.parse(null)).isNull();
        for (String bad : new String[] {"yesterday", "-", "1.2.3", "2015-13-19T17:13:08Z", "9".repeat(40)}) {
            assertThatThrownBy(() -> HitboxTimes.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void isoStringLikeJavaScript() {
        assertThat(HitboxTimes.toIsoString(T)).isEqualTo("2015-03-19T17:13:08.000Z");
        assertThat(HitboxTimes.toIsoString(Instant.parse("2015-08-16T08:36:45.529999Z")))
                .isEqualTo("2015-08-16T08:36:45.529Z");
    }
}
