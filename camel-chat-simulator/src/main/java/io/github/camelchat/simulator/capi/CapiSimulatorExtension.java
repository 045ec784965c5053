package io.github.camelchat.simulator.capi;

import io.github.camelchat.simulator.SimulatorExtension;

/**
 * JUnit 5 extension running a {@link CapiSimulator} on a free 127.0.0.1 port:
 * <pre>{@code
 * @RegisterExtension
 * static CapiSimulatorExtension capi = new CapiSimulatorExtension(CapiSimulatorOptions.defaults());
 * ... BotAccount bot = capi.simulator().addBot("CamelBot", "Op Camel") ...
 * }</pre>
 * A static field gives one simulator per class, an instance field one per test.
 */
public class CapiSimulatorExtension extends SimulatorExtension<CapiSimulator> {

    private final CapiSimulatorOptions options;

    public CapiSimulatorExtension() {
        this(CapiSimulatorOptions.defaults());
    }

    public CapiSimulatorExtension(CapiSimulatorOptions options) {
        super(CapiSimulator.class);
        // A fixed port would make parallel test classes collide.
        this.options = options.copy().port(0);
    }

    @Override
    protected CapiSimulator startSimulator() {
        return CapiSimulator.start(options);
    }
}
