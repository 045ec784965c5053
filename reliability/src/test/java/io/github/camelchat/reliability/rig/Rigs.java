package io.github.camelchat.reliability.rig;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/** The three rigs, for {@code @MethodSource}: each scenario is written once and runs for every component. */
public final class Rigs {

    private Rigs() {
    }

    public static Stream<Named<Supplier<ChatRig>>> all() {
        return Stream.of(Named.of("chatbox", ChatboxRig::new), Named.of("capi", CapiRig::new),
                Named.of("hitbox", HitboxRig::new));
    }

    public static Stream<Named<Supplier<ChatRig>>> withRateLimits() {
        return all().filter(n -> n.getPayload().get().hasRateLimit());
    }
}
