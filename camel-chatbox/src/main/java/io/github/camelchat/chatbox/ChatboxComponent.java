package io.github.camelchat.chatbox;

import java.util.Map;

import io.github.camelchat.chatbox.model.ChatboxCodec;
import io.github.camelchat.common.camel.ChatComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.URISupport;

/**
 * The {@code chatbox:} component: SwitchCraft / ReconnectedCC Chatbox v2. Endpoints with the same URL and license
 * share one socket (the server pairs replies with the socket that asked).
 */
@Component("chatbox")
public class ChatboxComponent extends ChatComponent {

    static {
        // 'licenseKey' is not one of Camel's built-in secret words: mask it in every logged endpoint URI
        URISupport.addSanitizeKeywords("licenseKey");
    }

    @Metadata(label = "security", secret = true,
              description = "Default license key for all endpoints (an endpoint option overrides it).")
    private String licenseKey;
    @Metadata(defaultValue = ChatboxConfiguration.DEFAULT_URL, description = "Default WebSocket base URL.")
    private String url = ChatboxConfiguration.DEFAULT_URL;

    private final ChatboxCodec codec = new ChatboxCodec();

    public ChatboxComponent() {
        super("Chatbox");
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ChatboxConfiguration configuration = new ChatboxConfiguration();
        configuration.setName(remaining);
        configuration.setLicenseKey(licenseKey);
        configuration.setUrl(url);
        ChatboxEndpoint endpoint = new ChatboxEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        applyTlsDefaults(configuration);
        configuration.validate();
        return endpoint;
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

}
