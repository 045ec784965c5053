package io.github.camelchat.hitbox;

import java.util.Map;

import io.github.camelchat.common.camel.SessionResources;
import io.github.camelchat.hitbox.model.HitboxCodec;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/** The {@code hitbox:} component: hitbox.tv chat over Socket.IO 0.9, one socket per channel. */
@Component("hitbox")
public class HitboxComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "security", secret = true,
              description = "Default auth token for all endpoints (an endpoint option overrides it).")
    private String token;
    @Metadata(description = "Default chat name for all endpoints.")
    private String name;
    @Metadata(defaultValue = HitboxConfiguration.DEFAULT_SERVERS_URL, description = "Default server list URL.")
    private String serversUrl = HitboxConfiguration.DEFAULT_SERVERS_URL;
    @Metadata(label = "security", description = "Default TLS settings for all endpoints.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters of the Camel context.")
    private boolean useGlobalSslContextParameters;

    private final HitboxCodec codec = new HitboxCodec();
    private SessionResources resources;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HitboxConfiguration configuration = new HitboxConfiguration();
        configuration.setChannel(remaining);
        configuration.setToken(token);
        configuration.setName(name);
        configuration.setServersUrl(serversUrl);
        configuration.setSslContextParameters(sslContextParameters);
        HitboxEndpoint endpoint = new HitboxEndpoint(uri, this, configuration);
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
        resources = new SessionResources(getCamelContext(), this, "Hitbox");
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
            throw new IllegalStateException("The hitbox component is not started");
        }
        return resources;
    }

    HitboxCodec codec() {
        return codec;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getServersUrl() {
        return serversUrl;
    }

    public void setServersUrl(String serversUrl) {
        this.serversUrl = serversUrl;
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
