package io.github.camelchat.common.camel;

import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What the three chat components share: the session resources they own from start to stop, and TLS defaults
 * ({@code sslContextParameters}, or the context's global ones).
 */
public abstract class ChatComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "security", description = "Default TLS settings for all endpoints.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters of the Camel context.")
    private boolean useGlobalSslContextParameters;

    private final String threadName;
    private SessionResources resources;

    protected ChatComponent(String threadName) {
        this.threadName = threadName;
    }

    /** Applies the component's TLS default to an endpoint configuration that has none of its own. */
    protected void applyTlsDefaults(SessionConfiguration configuration) {
        if (configuration.getSslContextParameters() == null) {
            configuration.setSslContextParameters(sslContextParameters != null
                    ? sslContextParameters : retrieveGlobalSslContextParameters());
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        resources = new SessionResources(getCamelContext(), this, threadName);
    }

    @Override
    protected void doStop() throws Exception {
        if (resources != null) {
            resources.close();
            resources = null;
        }
        super.doStop();
    }

    /** The registry, timers, pools and transports of this component; only while started. */
    public SessionResources resources() {
        if (resources == null) {
            throw new IllegalStateException("The " + threadName + " component is not started");
        }
        return resources;
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
