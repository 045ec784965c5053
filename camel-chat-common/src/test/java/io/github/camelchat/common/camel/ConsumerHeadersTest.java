package io.github.camelchat.common.camel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.CaseInsensitiveMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Headers put at once give the same map as setting them one by one. */
class ConsumerHeadersTest {

    private static final ConsumerHeaders.Names NAMES = ConsumerHeaders.names("CamelChatMethod", "CamelChatChannel",
            "CamelChatSenderName", "CamelChatRole", "CamelChatText", "CamelChatTime", "CamelChatFlags",
            "CamelChatBacklog", "CamelChatBacklogComplete");

    @Test
    void putAllGivesTheSameMapAsSingleSets() {
        ConsumerHeaders headers = new ConsumerHeaders(NAMES);
        Map<String, Object> expected = new CaseInsensitiveMap();
        set(headers, expected, "CamelChatMethod", "chatMsg");
        set(headers, expected, "CamelChatChannel", null);
        set(headers, expected, "CamelChatText", "hi");
        set(headers, expected, "CamelChatFlags", List.of("isFollower"));
        set(headers, expected, "CamelChatBacklogComplete", true);
        set(headers, expected, "CamelChatSenderName", "Alice");
        set(headers, expected, "CamelChatTime", null);
        set(headers, expected, "CamelChatText", "again");

        Map<String, Object> sorted = new CaseInsensitiveMap();
        sorted.putAll(headers);
        assertThat(sorted).isEqualTo(expected).hasSize(7).containsEntry("CamelChatChannel", null)
                .containsKey("CamelChatTime").doesNotContainKey("CamelChatRole");
        assertThat(sorted.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(sorted.get("camelchattext")).isEqualTo("again");
        // the map built from the sorted entries is still a working TreeMap
        sorted.put("CamelChatRole", "anon");
        sorted.remove("CamelChatMethod");
        assertThat(sorted).hasSize(7).containsKey("CAMELCHATROLE").doesNotContainKey("CamelChatMethod");

        Map<String, Object> plain = new HashMap<>();
        plain.putAll(headers);
        assertThat(plain).isEqualTo(new HashMap<>(expected));

        Map<String, Object> existing = new CaseInsensitiveMap();
        existing.put("Other", 1);
        existing.put("CamelChatText", "old");
        existing.putAll(headers);
        assertThat(existing).hasSize(8).containsEntry("Other", 1).containsEntry("CamelChatText", "again");
    }

    @Test
    void copiedIntoACamelMessageTheyReadAsSetHeaderWould() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            Exchange exchange = new DefaultExchange(context);
            new ConsumerHeaders(NAMES).set(NAMES.slot("CamelChatText"), "hi").set(NAMES.slot("CamelChatTime"), null)
                    .copyTo(exchange.getIn());
            assertThat(exchange.getIn().getHeader("camelchattext")).isEqualTo("hi");
            assertThat(exchange.getIn().getHeaders()).hasSize(2).containsKey("CamelChatTime");
            exchange.getIn().setHeader("CamelChatRole", "mod");
            assertThat(exchange.getIn().getHeaders().keySet())
                    .containsExactly("CamelChatRole", "CamelChatText", "CamelChatTime");
        }
    }

    @Test
    void keysComeInTheOrderOfTheComparator() {
        ConsumerHeaders headers = new ConsumerHeaders(NAMES);
        for (String name : List.of("CamelChatMethod", "CamelChatChannel", "CamelChatSenderName", "CamelChatRole",
                "CamelChatText", "CamelChatTime", "CamelChatFlags", "CamelChatBacklog", "CamelChatBacklogComplete")) {
            headers.set(NAMES.slot(name), name);
        }
        assertThat(headers).hasSize(9);
        assertThat(new ArrayList<>(headers.keySet())).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(headers.firstKey()).isEqualTo("CamelChatBacklog");
        assertThat(headers.lastKey()).isEqualTo("CamelChatTime");
        assertThat(new ConsumerHeaders(NAMES)).isEmpty();
    }

    @Test
    void namesAreCheckedOnce() {
        assertThatThrownBy(() -> ConsumerHeaders.names("A", "a")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> NAMES.slot("CamelChatOther")).hasMessageContaining("CamelChatOther");
    }

    private static void set(ConsumerHeaders headers, Map<String, Object> expected, String name, Object value) {
        headers.set(NAMES.slot(name), value);
        expected.put(name, value);
    }
}
