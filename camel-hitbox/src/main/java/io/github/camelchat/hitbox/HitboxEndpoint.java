package io.github.camelchat.hitbox;

import java.util.Map;

import io.github.camelchat.common.SessionKey;
import io.github.camelchat.common.camel.ChatEndpoint;
import io.github.camelchat.common.camel.SessionResources;
import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.Redactor;
import io.github.camelchat.common.session.SessionSettings;
import io.github.camelchat.common.transport.TransportOptions;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/** Send to and receive from a hitbox.tv chat channel (Socket.IO 0.9). */
@UriEndpoint(firstVersion = "1.0.0", scheme = "hitbox", title = "hitbox chat", syntax = "hitbox:channel",
             category = { Category.CHAT }, headersClass = HitboxConstants.class)
public class HitboxEndpoint extends ChatEndpoint<HitboxInbound> {

    @UriParam
    private final HitboxConfiguration configuration;

    public HitboxEndpoint(String uri, HitboxComponent component, HitboxConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public HitboxComponent getComponent() {
        return (HitboxComponent) super.getComponent();
    }

    public HitboxConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public HitboxConfiguration configuration() {
        return configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        return new HitboxProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        HitboxConsumer consumer = new HitboxConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected SessionKey sessionKey() {
        String server = configuration.getServers() != null ? configuration.getServers() : configuration.getServersUrl();
        // the protocol allows one channel per connection: the channel is part of the key
        return SessionKey.of(server, configuration.getName() + "\u0000" + configuration.getToken(),
                configuration.channelName());
    }

    @Override
    protected ChatSession<HitboxInbound> newSession(SessionResources resources) {
        HitboxConfiguration c = configuration;
        // one message in flight: the server confirms a chatMsg only by echoing it, and refuses it without naming it
        SessionSettings base = c.sessionSettings(c.getSendInterval(), 1, c.getSendInterval(), false);
        SessionSettings settings = base.withHandshakeTimeout(c.getLoginTimeout());
        TransportOptions transport = c.transportOptions(resources);
        return new ChatSession<>("hitbox:" + c.channelName(),
                new HitboxProtocol(c, getComponent().codec(), resources.httpClient(transport)),
                resources.transport(transport), settings, resources.scheduler(), resources.completions(), null,
                Redactor.of(c.getToken()));
    }

    /** The role of the current login (`guest`, `anon`, `user`, `admin`), or {@code null} before the first. */
    public String getRole() {
        ChatSession<HitboxInbound> session = lastSession();
        return session == null ? null : ((HitboxProtocol) session.getProtocol()).role();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getServers() != null ? configuration.getServers() : configuration.getServersUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "socket.io";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("channel", configuration.channelName());
    }
}
