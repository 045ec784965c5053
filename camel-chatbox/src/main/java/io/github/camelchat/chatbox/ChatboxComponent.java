package io.github.camelchat.chatbox;

import java.util.Map;

import io.github.camelchat.chatbox.model.ChatboxCodec;
import io.github.camelchat.common.camel.SessionResources;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.URISupport;

/**
 * The {@code chatbox:} component: SwitchCraft / ReconnectedCC Chatbox v2. Endpoints with the same URL and license
 * share one socket (the server pairs replies with the socket that asked).
 */
@Component("chatbox")
public class ChatboxComponent extends HealthCheckComponent implements SSLContextParametersAware {

    static {
        // 'licenseKey' is not one of Camel's built-in secret words: mask it in every logged endpoint URI
        URISupport.addSanitizeKeywords("licenseKey");
    }

    @Metadata(label = "security", secret = true,
              description = "Default license key for all endpoints (an endpoint option overrides it).")
    private String licenseKey;
    @Metadata(defaultValue = ChatboxConfiguration.DEFAULT_URL, description = "Default WebSocket base URL.")
    private String url = ChatboxConfiguration.DEFAULT_URL;
    @Metadata(label = "security", description = "Default TLS settings for all endpoints.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters of the Camel context.")
    private boolean useGlobalSslContextParameters;

    private final ChatboxCodec codec = new ChatboxCodec();
    private SessionResources resources;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ChatboxConfiguration configuration = new ChatboxConfiguration();
        configuration.setName(remaining);
        configuration.setLicenseKey(licenseKey);
        configuration.setUrl(url);
        configuration.setSslContextParameters(sslContextParameters);
        ChatboxEndpoint endpoint = new ChatboxEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        if (configuration.getSslContextParameters() == null) {
            configuration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        configuration.validate();
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        resources = new SessionResources(getCamelContext(), this, "Chatbox");
    }

    @Override
    protected void doStop() throws Exception {
        if (resources != null) {
            resources.close();
            resources = null;
        }
        super.doStop();
    }

    SessionResources resources() {
        if (resources == null) {
            throw new IllegalStateException("The chatbox component is not started");
        }
        return resources;
    }

    ChatboxCodec codec() {
        return codec;
    }

    public String getLicenseKey() {
        return licenseKey;
    }

    public void setLicenseKey(String licenseKey) {
        this.licenseKey = licenseKey;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
