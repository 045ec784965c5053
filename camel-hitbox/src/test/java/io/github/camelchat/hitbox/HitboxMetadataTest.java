package io.github.camelchat.hitbox;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelchat.common.testing.ComponentDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated metadata, docs and option validation. */
class HitboxMetadataTest {

    @Test
    void everyOptionAndHeaderIsDescribedAndDocumented() throws Exception {
        JsonNode json = ComponentDocs.metadata("/META-INF/io/github/camelchat/hitbox/hitbox.json");
        ComponentDocs.assertEverythingDocumented(json, Path.of("src/main/docs/hitbox-component.adoc"));
        assertThat(json.at("/properties/token/secret").asBoolean()).isTrue();
        assertThat(ComponentDocs.optionNames(json)).contains("channel", "name", "token", "serversUrl", "servers",
                "nameColor", "hideBuffered", "notify", "allowGuest", "events", "operation", "loginTimeout", "rawJson",
                "sslContextParameters", "bridgeErrorHandler", "reconnectDelay", "maxTextLength");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hitbox:c?serversUrl=ftp://x                        | serversUrl",
            "hitbox:c?token=t                                   | name",
            "hitbox:c?operation=shout                           | operation",
            "hitbox:c?events=chat-msg                           | events",
            "hitbox:c?maxTextLength=0                           | maxTextLength",
            "hitbox:c?serverScheme=gopher                       | serverScheme",
    })
    void badOptionsFailAtStartNamingTheOption(String uri, String option) {
        ComponentDocs.assertStartFailsNaming(uri, option);
    }
}
