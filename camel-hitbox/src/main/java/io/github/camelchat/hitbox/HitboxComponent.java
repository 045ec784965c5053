package io.github.camelchat.hitbox;

import java.util.Map;

import io.github.camelchat.hitbox.model.HitboxCodec;
import io.github.camelchat.common.camel.ChatComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code hitbox:} component: hitbox.tv chat over Socket.IO 0.9, one socket per channel. */
@Component("hitbox")
public class HitboxComponent extends ChatComponent {

    @Metadata(label = "security", secret = true,
              description = "Default auth token for all endpoints (an endpoint option overrides it).")
    private String token;
    @Metadata(description = "Default chat name for all endpoints.")
    private String name;
    @Metadata(defaultValue = HitboxConfiguration.DEFAULT_SERVERS_URL, description = "Default server list URL.")
    private String serversUrl = HitboxConfiguration.DEFAULT_SERVERS_URL;

    private final HitboxCodec codec = new HitboxCodec();

    public HitboxComponent() {
        super("Hitbox");
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HitboxConfiguration configuration = new HitboxConfiguration();
        configuration.setChannel(remaining);
        configuration.setToken(token);
        configuration.setName(name);
        configuration.setServersUrl(serversUrl);
        HitboxEndpoint endpoint = new HitboxEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        applyTlsDefaults(configuration);
        configuration.validate();
        return endpoint;
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

}
