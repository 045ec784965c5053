package io.github.camelchat.capi;

import java.util.List;
import java.util.Map;

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

/** Run a Battle.net chat bot through Blizzard's Classic Chat API (CAPI) WebSocket. */
@UriEndpoint(firstVersion = "1.0.0", scheme = "capi", title = "Blizzard Classic Chat API", syntax = "capi:name",
             category = { Category.CHAT }, headersClass = CapiConstants.class)
public class CapiEndpoint extends ChatEndpoint<CapiInbound> {

    @UriParam
    private final CapiConfiguration configuration;

    public CapiEndpoint(String uri, CapiComponent component, CapiConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CapiComponent getComponent() {
        return (CapiComponent) super.getComponent();
    }

    public CapiConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public CapiConfiguration configuration() {
        return configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        return new CapiProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        CapiConsumer consumer = new CapiConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected SessionKey sessionKey() {
        return SessionKey.of(configuration.getUrl(), configuration.getApiKey(), null);
    }

    @Override
    protected ChatSession<CapiInbound> newSession(SessionResources resources) {
        CapiConfiguration c = configuration;
        // a request written before a drop may have been carried out: fail it rather than risk doing it twice
        SessionSettings settings = c.sessionSettings(c.getSendInterval(), c.getMaxInFlight(), c.getRetryDelay(), false);
        return new ChatSession<>("capi:" + c.getName() + "@" + c.getUrl(), new CapiProtocol(c, getComponent().codec()),
                resources.transport(c.transportOptions(resources)), settings, resources.scheduler(),
                resources.completions(), null, Redactor.of(c.getApiKey()));
    }

    /** The channel roster of the live session (empty before the first connect). */
    public List<CapiRoster.Member> getMembers() {
        CapiProtocol protocol = protocol();
        return protocol == null ? List.of() : protocol.roster().members();
    }

    /** The channel the bot is in, or {@code null}. */
    public String getChannel() {
        CapiProtocol protocol = protocol();
        return protocol == null ? null : protocol.channel();
    }

    CapiProtocol protocol() {
        ChatSession<CapiInbound> session = lastSession();
        return session == null ? null : (CapiProtocol) session.getProtocol();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getUrl();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("name", configuration.getName());
    }
}
