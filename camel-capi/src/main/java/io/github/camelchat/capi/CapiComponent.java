package io.github.camelchat.capi;

import java.util.Map;

import io.github.camelchat.capi.model.CapiCodec;
import io.github.camelchat.common.camel.SessionResources;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The {@code capi:} component: Blizzard's Classic Chat API for Battle.net bots. Endpoints with the same URL and API key
 * share one socket (the server allows one connection per key).
 */
@Component("capi")
public class CapiComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "security", secret = true,
              description = "Default API key for all endpoints (an endpoint option overrides it).")
    private String apiKey;
    @Metadata(defaultValue = CapiConfiguration.DEFAULT_URL, description = "Default CAPI WebSocket endpoint.")
    private String url = CapiConfiguration.DEFAULT_URL;
    @Metadata(label = "security", description = "Default TLS settings for all endpoints.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters of the Camel context.")
    private boolean useGlobalSslContextParameters;

    private final CapiCodec codec = new CapiCodec();
    private SessionResources resources;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CapiConfiguration configuration = new CapiConfiguration();
        configuration.setName(remaining);
        configuration.setApiKey(apiKey);
        configuration.setUrl(url);
        configuration.setSslContextParameters(sslContextParameters);
        CapiEndpoint endpoint = new CapiEndpoint(uri, this, configuration);
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
        resources = new SessionResources(getCamelContext(), this, "Capi");
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
            throw new IllegalStateException("The capi component is not started");
        }
        return resources;
    }

    CapiCodec codec() {
        return codec;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
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
