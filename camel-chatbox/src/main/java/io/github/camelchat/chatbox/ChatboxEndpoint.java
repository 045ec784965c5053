package io.github.camelchat.chatbox;

import java.util.List;
import java.util.Map;

import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.HelloPacket;
import io.github.camelchat.common.SessionKey;
import io.github.camelchat.common.SessionRegistry;
import io.github.camelchat.common.camel.SessionResources;
import io.github.camelchat.common.camel.SessionSource;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.Redactor;
import io.github.camelchat.common.session.SessionSettings;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Send to and receive from a Minecraft server's chat through the SwitchCraft / ReconnectedCC Chatbox v2 WebSocket API.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "chatbox", title = "Chatbox", syntax = "chatbox:name",
             category = { Category.CHAT }, headersClass = ChatboxConstants.class)
public class ChatboxEndpoint extends DefaultEndpoint implements SessionSource<ChatboxFrame>, EndpointServiceLocation {

    @UriParam
    private final ChatboxConfiguration configuration;

    private volatile ChatSession<ChatboxFrame> lastSession;

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
    public SessionRegistry.Lease<ChatboxFrame> acquireSession() {
        SessionResources resources = getComponent().resources();
        String credential = configuration.isGuest() ? "guest" : configuration.getLicenseKey();
        SessionKey key = SessionKey.of(configuration.getUrl(), credential, null);
        SessionRegistry.Lease<ChatboxFrame> lease = resources.registry().acquire(key, () -> newSession(resources));
        lastSession = lease.session();
        return lease;
    }

    private ChatSession<ChatboxFrame> newSession(SessionResources resources) {
        ChatboxConfiguration c = configuration;
        // the server drops a license's unsent queue when the socket closes, so resending cannot duplicate
        SessionSettings settings = c.sessionSettings(c.getSendInterval(), c.getMaxPendingOnServer(),
                c.getRateLimitRetryDelay(), true);
        return new ChatSession<>(sessionName(), new ChatboxProtocol(c, getComponent().codec()),
                resources.transport(c.transportOptions(getCamelContext())), settings, resources.scheduler(),
                resources.completions(), null, Redactor.of(c.getLicenseKey()));
    }

    private String sessionName() {
        return "chatbox:" + configuration.getName() + "@" + getServiceUrl();
    }

    @Override
    public String maskedUri() {
        return URISupport.sanitizeUri(getEndpointUri());
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
        ChatSession<ChatboxFrame> session = lastSession;
        return session == null ? null : (ChatboxProtocol) session.getProtocol();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "websocket";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("name", configuration.getName(), "guest", Boolean.toString(configuration.isGuest()));
    }
}
