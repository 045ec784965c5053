package io.github.camelchat.capi;

import java.util.Map;

import io.github.camelchat.capi.model.CapiCodec;
import io.github.camelchat.common.camel.ChatComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/**
 * The {@code capi:} component: Blizzard's Classic Chat API for Battle.net bots. Endpoints with the same URL and API key
 * share one socket (the server allows one connection per key).
 */
@Component("capi")
public class CapiComponent extends ChatComponent {

    @Metadata(label = "security", secret = true,
              description = "Default API key for all endpoints (an endpoint option overrides it).")
    private String apiKey;
    @Metadata(defaultValue = CapiConfiguration.DEFAULT_URL, description = "Default CAPI WebSocket endpoint.")
    private String url = CapiConfiguration.DEFAULT_URL;

    private final CapiCodec codec = new CapiCodec();

    public CapiComponent() {
        super("Capi");
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CapiConfiguration configuration = new CapiConfiguration();
        configuration.setName(remaining);
        configuration.setApiKey(apiKey);
        configuration.setUrl(url);
        CapiEndpoint endpoint = new CapiEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        applyTlsDefaults(configuration);
        configuration.validate();
        return endpoint;
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

}
