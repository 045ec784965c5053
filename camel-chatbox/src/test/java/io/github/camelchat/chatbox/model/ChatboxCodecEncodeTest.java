package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatboxCodecEncodeTest {

    private static final ChatboxCodec CODEC = new ChatboxCodec();

    private static JsonNode parse(String json) throws Exception {
        return CODEC.mapper().readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void sayWithAllFields() throws Exception {
        String json = CODEC.encodeSay(new Say("Hello, world!", "My Bot", "markdown"), 1);
        assertThat(json).isEqualTo(
                "{\"type\":\"say\",\"text\":\"Hello, world!\",\"name\":\"My Bot\",\"mode\":\"markdown\",\"id\":1}");
        JsonNode node = parse(json);
        assertThat(node.get("type").textValue()).isEqualTo("say");
        assertThat(node.get("text").textValue()).isEqualTo("Hello, world!");
        assertThat(node.get("name").textValue()).isEqualTo("My Bot");
        assertThat(node.get("mode").textValue()).isEqualTo("markdown");
        assertThat(node.get("id").isIntegralNumber()).isTrue();
        assertThat(node.get("id").longValue()).isEqualTo(1);
    }

    @Test
    void sayOmitsNullNameAndMode() throws Exception {
        String json = CODEC.encodeSay(Say.of("hi"), 42);
        assertThat(json).isEqualTo("{\"type\":\"say\",\"text\":\"hi\",\"id\":42}");
        assertThat(fieldNames(parse(json))).containsExactly("type", "text", "id");
    }

    @Test
    void sayWithers() {
        Say say = Say.of("x").withName("Bot").withMode(FormattingMode.MINIMESSAGE);
        assertThat(say).isEqualTo(new Say("x", "Bot", "minimessage"));
        assertThat(CODEC.encodeSay(say, 3))
                .isEqualTo("{\"type\":\"say\",\"text\":\"x\",\"name\":\"Bot\",\"mode\":\"minimessage\",\"id\":3}");
        assertThat(say.withMode(null).mode()).isNull();
    }

    @Test
    void tellWithAllFields() throws Exception {
        String json = CODEC.encodeTell(new Tell("Lemmmy", "Hello, world!", "My Bot", "format"), 9_000_000_000L);
        assertThat(json).isEqualTo("{\"type\":\"tell\",\"user\":\"Lemmmy\",\"text\":\"Hello, world!\","
                + "\"name\":\"My Bot\",\"mode\":\"format\",\"id\":9000000000}");
        JsonNode node = parse(json);
        assertThat(fieldNames(node)).containsExactly("type", "user", "text", "name", "mode", "id");
        assertThat(node.get("id").longValue()).isEqualTo(9_000_000_000L);
    }

    @Test
    void tellOmitsNullNameAndMode() {
        assertThat(CODEC.encodeTell(Tell.of("cdb33b76-a445-47a1-b13d-94f34e006243", "psst"), 0))
                .isEqualTo("{\"type\":\"tell\",\"user\":\"cdb33b76-a445-47a1-b13d-94f34e006243\","
                        + "\"text\":\"psst\",\"id\":0}");
        assertThat(Tell.of("a", "b").withName("N").withMode(FormattingMode.FORMAT))
                .isEqualTo(new Tell("a", "b", "N", "format"));
    }

    @Test
    void textIsEscaped() throws Exception {
        String nasty = "say \"hi\"\\ \n\r\t\b\f \u0000\u0001\u001f </script> <yellow>&e \u00e9\u4e16\u754c \uD83D\uDE00 "
                + "\u2028\u2029 ' ";
        String name = "B\"o\nt";
        String json = CODEC.encodeSay(new Say(nasty, name, null), 5);
        assertThat(json).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0000");
        JsonNode node = parse(json);
        assertThat(node.get("text").textValue()).isEqualTo(nasty);
        assertThat(node.get("name").textValue()).isEqualTo(name);
        assertThat(node.size()).isEqualTo(4);

        String tell = CODEC.encodeTell(new Tell("\"}, \"type\": \"say", nasty, null, null), 6);
        JsonNode tellNode = parse(tell);
        assertThat(tellNode.get("type").textValue()).isEqualTo("tell");
        assertThat(tellNode.get("user").textValue()).isEqualTo("\"}, \"type\": \"say");
        assertThat(tellNode.get("text").textValue()).isEqualTo(nasty);
    }

    @Test
    void knownModesAreWrittenInWireSpellingOthersAsGiven() throws Exception {
        assertThat(parse(CODEC.encodeSay(new Say("x", null, " MiniMessage "), 1)).get("mode").textValue())
                .isEqualTo("minimessage");
        assertThat(parse(CODEC.encodeSay(new Say("x", null, "rainbow"), 1)).get("mode").textValue())
                .isEqualTo("rainbow");
    }

    @Test
    void emptyTextIsAllowedNullIsNot() {
        assertThat(CODEC.encodeSay(Say.of(""), 1)).isEqualTo("{\"type\":\"say\",\"text\":\"\",\"id\":1}");
        assertThatThrownBy(() -> CODEC.encodeSay(Say.of(null), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.encodeSay(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CODEC.encodeTell(Tell.of("a", null), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.encodeTell(Tell.of(null, "x"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.encodeTell(Tell.of(" ", "x"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeIdIsWritten() {
        assertThat(CODEC.encodeSay(Say.of("x"), -1)).endsWith(",\"id\":-1}");
    }

    @Test
    void sayAndTellBindFromJsonBodies() throws Exception {
        assertThat(CODEC.mapper().readValue("{\"text\":\"hi\",\"mode\":\"format\",\"extra\":1}", Say.class))
                .isEqualTo(new Say("hi", null, "format"));
        assertThat(CODEC.mapper().readValue("{\"user\":\"A\",\"text\":\"hi\"}", Tell.class))
                .isEqualTo(Tell.of("A", "hi"));
        assertThat(CODEC.mapper().writeValueAsString(Tell.of("A", "hi")))
                .isEqualTo("{\"user\":\"A\",\"text\":\"hi\"}");
    }

    @Test
    void formattingModes() {
        assertThat(FormattingMode.fromWire("markdown")).isEqualTo(FormattingMode.MARKDOWN);
        assertThat(FormattingMode.fromWire("FORMAT")).isEqualTo(FormattingMode.FORMAT);
        assertThat(FormattingMode.MINIMESSAGE.wireName()).isEqualTo("minimessage");
        assertThatThrownBy(() -> FormattingMode.fromWire("html")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("html");
        assertThatThrownBy(() -> FormattingMode.fromWire(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
