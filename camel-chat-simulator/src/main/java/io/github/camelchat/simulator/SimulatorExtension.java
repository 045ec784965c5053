package io.github.camelchat.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Base JUnit 5 extension for a simulator. Registered on a static field (or with {@code @ExtendWith}) it runs one
 * simulator for the whole class; registered on an instance field it runs a fresh one per test, because JUnit only
 * calls the each-callbacks for instance-field extensions. Test methods can also take the simulator as a parameter.
 *
 * @param <S> the simulator type
 */
public abstract class SimulatorExtension<S extends AutoCloseable>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Class<S> simulatorType;
    private S simulator;
    private boolean perClass;

    protected SimulatorExtension(Class<S> simulatorType) {
        this.simulatorType = simulatorType;
    }

    /** Starts a simulator on a free 127.0.0.1 port. */
    protected abstract S startSimulator();

    public S simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while a test of the class is running");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = startSimulator();
        perClass = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            simulator = startSimulator();
            perClass = false;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().equals(simulatorType);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (simulator == null) {
            beforeEach(context);
        }
        return simulator();
    }

    private void stop() throws Exception {
        S current = simulator;
        simulator = null;
        if (current != null) {
            current.close();
        }
    }
}
