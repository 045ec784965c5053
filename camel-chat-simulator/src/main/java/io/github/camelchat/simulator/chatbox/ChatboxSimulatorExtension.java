package io.github.camelchat.simulator.chatbox;

import io.github.camelchat.simulator.SimulatorExtension;

/**
 * JUnit 5 extension running a {@link ChatboxSimulator} on a free 127.0.0.1 port:
 * <pre>{@code
 * @RegisterExtension
 * static ChatboxSimulatorExtension chatbox = new ChatboxSimulatorExtension(ChatboxSimulatorOptions.defaults());
 * ... chatbox.simulator().addLicense("Owner") ...
 * }</pre>
 * A static field gives one simulator per class, an instance field one per test.
 */
public class ChatboxSimulatorExtension extends SimulatorExtension<ChatboxSimulator> {

    private final ChatboxSimulatorOptions options;

    public ChatboxSimulatorExtension() {
        this(ChatboxSimulatorOptions.defaults());
    }

    public ChatboxSimulatorExtension(ChatboxSimulatorOptions options) {
        super(ChatboxSimulator.class);
        // A fixed port would make parallel test classes collide.
        this.options = options.copy().port(0);
    }

    @Override
    protected ChatboxSimulator startSimulator() {
        return ChatboxSimulator.start(options);
    }
}
