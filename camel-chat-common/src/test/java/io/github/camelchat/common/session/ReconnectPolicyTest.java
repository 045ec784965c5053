package io.github.camelchat.common.session;

import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconnectPolicyTest {

    private static final DoubleSupplier MIDDLE = () -> 0.5;
    private static final DoubleSupplier LOWEST = () -> 0.0;
    private static final DoubleSupplier HIGHEST = () -> Math.nextDown(1.0);

    @Test
    void delaysGrowExponentiallyFromTheInitialDelay() {
        ReconnectPolicy policy = new ReconnectPolicy(1000, 60_000, 2.0, 0.0, 0);

        assertThat(policy.delayMillis(1, MIDDLE)).isEqualTo(1000);
        assertThat(policy.delayMillis(2, MIDDLE)).isEqualTo(2000);
        assertThat(policy.delayMillis(3, MIDDLE)).isEqualTo(4000);
        assertThat(policy.delayMillis(4, MIDDLE)).isEqualTo(8000);
        assertThat(new ReconnectPolicy(500, 60_000, 3.0, 0.0, 0).delayMillis(3, MIDDLE)).isEqualTo(4500);
    }

    @Test
    void withoutJitterTheRandomSourceDoesNotMatter() {
        ReconnectPolicy policy = new ReconnectPolicy(1000, 60_000, 2.0, 0.0, 0);

        assertThat(policy.delayMillis(2, LOWEST)).isEqualTo(2000);
        assertThat(policy.delayMillis(2, HIGHEST)).isEqualTo(2000);
    }

    @Test
    void delaysAreCappedAndHugeAttemptNumbersDoNotOverflow() {
        ReconnectPolicy policy = new ReconnectPolicy(1000, 5000, 3.0, 0.0, 0);

        assertThat(policy.delayMillis(2, MIDDLE)).isEqualTo(3000);
        assertThat(policy.delayMillis(3, MIDDLE)).isEqualTo(5000);
        assertThat(policy.delayMillis(4, MIDDLE)).isEqualTo(5000);
        assertThat(policy.delayMillis(10_000, MIDDLE)).isEqualTo(5000);
        assertThat(policy.delayMillis(Integer.MAX_VALUE, HIGHEST)).isEqualTo(5000);
    }

    @Test
    void jitterSpreadsTheDelayWithinPlusMinusItsFraction() {
        ReconnectPolicy policy = new ReconnectPolicy(1000, 60_000, 2.0, 0.2, 0);

        assertThat(policy.delayMillis(1, LOWEST)).isEqualTo(800);
        assertThat(policy.delayMillis(1, MIDDLE)).isEqualTo(1000);
        assertThat(policy.delayMillis(1, HIGHEST)).isEqualTo(1200);
        assertThat(policy.delayMillis(3, LOWEST)).isEqualTo(3200);
        assertThat(policy.delayMillis(3, HIGHEST)).isEqualTo(4800);

        for (int i = 0; i < 1000; i++) {
            double r = i / 1000.0;
            assertThat(policy.delayMillis(2, () -> r)).isBetween(1600L, 2400L);
        }
    }

    @Test
    void jitterNeverExceedsTheCapNorGoesNegative() {
        ReconnectPolicy capped = new ReconnectPolicy(1000, 4000, 2.0, 0.5, 0);
        assertThat(capped.delayMillis(5, HIGHEST)).isEqualTo(4000);
        assertThat(capped.delayMillis(5, LOWEST)).isEqualTo(2000);

        ReconnectPolicy full = new ReconnectPolicy(1000, 60_000, 2.0, 1.0, 0);
        assertThat(full.delayMillis(1, LOWEST)).isZero();
        assertThat(full.delayMillis(1, HIGHEST)).isEqualTo(2000);
    }

    @Test
    void maxAttemptsCountsConsecutiveFailuresAndZeroMeansForever() {
        ReconnectPolicy three = new ReconnectPolicy(1000, 60_000, 2.0, 0.2, 3);
        // the first loss, then three failed reconnect attempts
        assertThat(three.givesUpAfter(1)).isFalse();
        assertThat(three.givesUpAfter(2)).isFalse();
        assertThat(three.givesUpAfter(3)).isFalse();
        assertThat(three.givesUpAfter(4)).isTrue();
        assertThat(three.givesUpAfter(5)).isTrue();

        ReconnectPolicy forever = new ReconnectPolicy(1000, 60_000, 2.0, 0.2, 0);
        assertThat(forever.givesUpAfter(1)).isFalse();
        assertThat(forever.givesUpAfter(Integer.MAX_VALUE)).isFalse();
    }

    @Test
    void defaultsAreSane() {
        ReconnectPolicy defaults = ReconnectPolicy.defaults();
        assertThat(defaults.initialDelayMillis()).isEqualTo(1000);
        assertThat(defaults.maxDelayMillis()).isEqualTo(60_000);
        assertThat(defaults.maxAttempts()).isZero();
        assertThat(defaults.delayMillis(1, HIGHEST)).isBetween(800L, 1200L);
    }

    @Test
    void badArgumentsAreRejectedWithAMessageNamingTheProblem() {
        assertThatThrownBy(() -> new ReconnectPolicy(-1, 1000, 2.0, 0.2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= initial <= max").hasMessageContaining("-1");
        assertThatThrownBy(() -> new ReconnectPolicy(2000, 1000, 2.0, 0.2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= initial <= max").hasMessageContaining("2000").hasMessageContaining("1000");
        assertThatThrownBy(() -> new ReconnectPolicy(1000, 2000, 0.5, 0.2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier").hasMessageContaining("0.5");
        assertThatThrownBy(() -> new ReconnectPolicy(1000, 2000, 2.0, -0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new ReconnectPolicy(1000, 2000, 2.0, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter").hasMessageContaining("1.5");
        assertThatThrownBy(() -> new ReconnectPolicy(1000, 2000, 2.0, 0.2, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxReconnectAttempts").hasMessageContaining("-1");
    }
}
