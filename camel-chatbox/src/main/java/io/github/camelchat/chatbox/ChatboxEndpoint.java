package io.github.camelchat.chatbox;

import java.util.List;
import java.util.Map;

import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.HelloPacket;
import io.github.camelchat.common.SessionKey;
import io.github.camelchat.common.camel.ChatEndpoint;
import io.github.camelchat.common.camel.SessionResources;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.Redactor;
import io.github.camelchat.common.session.SessionSettings;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Send to and receive from a Minecraft server's chat through the SwitchCraft / ReconnectedCC Chatbox v2 WebSocket API.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "chatbox", title = "Chatbox", syntax = "chatbox:name",
             category = { Category.CHAT }, headersClass = ChatboxConstants.class)
public class ChatboxEndpoint extends ChatEndpoint<ChatboxFrame> {

    @UriParam
    private final ChatboxConfiguration configuration;

    public ChatboxEndpoint(String uri, ChatboxComponent component, ChatboxConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public ChatboxComponent getComponent() {
        return (ChatboxComponent) super.getComponent();
    }

    public ChatboxConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public ChatboxConfiguration configuration() {
        return configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        return new ChatboxProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ChatboxConsumer consumer = new ChatboxConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected SessionKey sessionKey() {
        String credential = configuration.isGuest() ? "guest" : configuration.getLicenseKey();
        return SessionKey.of(configuration.getUrl(), credential, null);
    }

    @Override
    protected ChatSession<ChatboxFrame> newSession(SessionResources resources) {
        ChatboxConfiguration c = configuration;
        // a message written but not confirmed when the socket dropped may have been delivered (its message_sent lost
        // with the connection, or a half-open socket the server still served): fail it rather than say it twice
        SessionSettings settings = c.sessionSettings(c.getSendInterval(), c.getMaxPendingOnServer(),
                c.getRateLimitRetryDelay(), false);
        return new ChatSession<>(sessionName(), new ChatboxProtocol(c, getComponent().codec()),
                resources.transport(c.transportOptions(resources)), settings, resources.scheduler(),
                resources.completions(), null, Redactor.of(c.getLicenseKey()));
    }

    private String sessionName() {
        return "chatbox:" + configuration.getName() + "@" + getServiceUrl();
    }

    /** The players online, from the server's latest {@code players} packet (empty before the first one). */
    public List<ChatboxUser> getPlayers() {
        ChatboxProtocol protocol = protocol();
        return protocol == null ? List.of() : protocol.players();
    }

    /** The server's {@code hello} (license owner, capabilities), or {@code null} before the first one. */
    public HelloPacket getHello() {
        ChatboxProtocol protocol = protocol();
        return protocol == null ? null : protocol.hello();
    }

    private ChatboxProtocol protocol() {
        ChatSession<ChatboxFrame> session = lastSession();
        return session == null ? null : (ChatboxProtocol) session.getProtocol();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getUrl();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("name", configuration.getName(), "guest", Boolean.toString(configuration.isGuest()));
    }
}
