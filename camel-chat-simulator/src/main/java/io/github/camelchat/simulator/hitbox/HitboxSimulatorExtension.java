package io.github.camelchat.simulator.hitbox;

import io.github.camelchat.simulator.SimulatorExtension;

/**
 * JUnit 5 extension running a {@link HitboxSimulator} on a free 127.0.0.1 port:
 * <pre>{@code
 * @RegisterExtension
 * static HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension(HitboxSimulatorOptions.defaults());
 * ... hitbox.simulator().serversUrl() ...
 * }</pre>
 * A static field gives one simulator per class, an instance field one per test.
 */
public class HitboxSimulatorExtension extends SimulatorExtension<HitboxSimulator> {

    private final HitboxSimulatorOptions options;

    public HitboxSimulatorExtension() {
        this(HitboxSimulatorOptions.defaults());
    }

    public HitboxSimulatorExtension(HitboxSimulatorOptions options) {
        super(HitboxSimulator.class);
        // A fixed port would make parallel test classes collide.
        this.options = options.copy().port(0);
    }

    @Override
    protected HitboxSimulator startSimulator() {
        return HitboxSimulator.start(options);
    }
}
