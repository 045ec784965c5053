package io.github.camelchat.capi;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.common.testing.ComponentDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated metadata, docs and option validation. */
class CapiMetadataTest {

    @Test
    void everyOptionAndHeaderIsDescribedAndDocumented() throws Exception {
        JsonNode json = ComponentDocs.metadata("/META-INF/io/github/camelchat/capi/capi.json");
        ComponentDocs.assertEverythingDocumented(json, Path.of("src/main/docs/capi-component.adoc"));
        assertThat(json.at("/properties/apiKey/secret").asBoolean()).isTrue();
        assertThat(ComponentDocs.optionNames(json)).contains("apiKey", "url", "events", "operation",
                "includeInitialRoster", "sendTimeout", "retryDelay", "queueCapacity", "subprotocol", "rawJson",
                "sslContextParameters", "bridgeErrorHandler", "reconnectDelay", "pingInterval", "idleTimeout",
                "maxMessageLength");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capi:bot                                         | apiKey",
            "capi:bot?apiKey=k&events=chat                    | events",
            "capi:bot?apiKey=k&operation=shout                | operation",
            "capi:bot?apiKey=k&url=https://example.org        | url",
            "capi:bot?apiKey=k&maxInFlight=0                  | maxInFlight",
            "capi:bot?apiKey=k&whileDisconnected=sometimes    | whileDisconnected",
    })
    void badOptionsFailAtStartNamingTheOption(String uri, String option) {
        ComponentDocs.assertStartFailsNaming(uri, option);
    }
}
