package io.github.camelchat.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.chatbox.ChatboxConstants;
import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.hitbox.HitboxConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reading chat.outbound records and classifying failures, without a broker. */
class OutboundCommandTest {

    private static final CamelContext CONTEXT = new DefaultCamelContext();
    private static final Set<ChatSource> ALL = EnumSet.allOf(ChatSource.class);

    @AfterAll
    static void close() throws Exception {
        CONTEXT.close();
    }

    private static Message message(Object body, String... headers) {
        Message message = new DefaultExchange(CONTEXT).getMessage();
        message.setBody(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            // as camel-kafka hands record headers over: byte[]
            message.setHeader(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return message;
    }

    @Test
    void readsTheJsonShape() throws Exception {
        OutboundCommand command = OutboundCommand.read(message(
                "{\"target\":\"Chatbox\",\"channel\":\"Herald\",\"text\":\"hi\",\"operation\":\"tell\","
                + "\"user\":\"Steve\",\"mode\":\"format\"}"), ALL);
        assertThat(command).isEqualTo(new OutboundCommand(ChatSource.CHATBOX, "Herald", "hi", "tell", "Steve",
                "format"));

        Message out = message("ignored");
        command.applyTo(out);
        assertThat(out.getBody()).isEqualTo("hi");
        assertThat(out.getHeaders()).containsEntry(ChatboxConstants.NAME, "Herald")
                .containsEntry(ChatboxConstants.OPERATION, "tell").containsEntry(ChatboxConstants.USER, "Steve")
                .containsEntry(ChatboxConstants.MODE, "format");
    }

    @Test
    void readsTheHeaderShapeAndLetsJsonFieldsWin() throws Exception {
        OutboundCommand plain = OutboundCommand.read(message("gg wp", "target", "capi", "channel", "Op Camel",
                "operation", "sendWhisper", "user", "Alice"), ALL);
        assertThat(plain).isEqualTo(new OutboundCommand(ChatSource.CAPI, "Op Camel", "gg wp", "sendWhisper",
                "Alice", null));
        Message out = message("x");
        plain.applyTo(out);
        assertThat(out.getHeaders()).containsEntry(CapiConstants.OPERATION, "sendWhisper")
                .containsEntry(CapiConstants.TARGET_TOON_NAME, "Alice");

        OutboundCommand mixed = OutboundCommand.read(message("{\"target\":\"hitbox\",\"text\":\"yo\"}",
                "target", "chatbox", "channel", "alpha"), ALL);
        assertThat(mixed.target()).isEqualTo(ChatSource.HITBOX);
        assertThat(mixed.channel()).isEqualTo("alpha");
        Message hitbox = message("x");
        new OutboundCommand(ChatSource.HITBOX, "alpha", "hi", "directMsg", "Fan", null).applyTo(hitbox);
        assertThat(hitbox.getHeaders()).containsEntry(HitboxConstants.OPERATION, "directMsg")
                .containsEntry(HitboxConstants.RECIPIENT, "Fan");
    }

    @Test
    void refusesWhatCanNeverBeSent() {
        assertThatThrownBy(() -> OutboundCommand.read(message("{\"target\":\"irc\",\"text\":\"x\"}"), ALL))
                .isInstanceOf(InvalidOutboundRecordException.class).hasMessageContaining("unknown target 'irc'");
        assertThatThrownBy(() -> OutboundCommand.read(message("{\"text\":"), ALL))
                .isInstanceOf(InvalidOutboundRecordException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> OutboundCommand.read(message("just text"), ALL))
                .isInstanceOf(InvalidOutboundRecordException.class).hasMessageContaining("no target");
        assertThatThrownBy(() -> OutboundCommand.read(message("{\"target\":\"capi\",\"text\":\"x\"}"),
                EnumSet.of(ChatSource.CHATBOX)))
                .isInstanceOf(InvalidOutboundRecordException.class).hasMessageContaining("not enabled");
        assertThatThrownBy(() -> OutboundCommand.read(message("{\"target\":\"hitbox\",\"text\":\"x\"}"), ALL))
                .isInstanceOf(InvalidOutboundRecordException.class).hasMessageContaining("hitbox needs a channel");
        assertThatThrownBy(() -> OutboundCommand.read(message(
                "{\"target\":\"hitbox\",\"channel\":\"a?token=x\",\"text\":\"x\"}"), ALL))
                .isInstanceOf(InvalidOutboundRecordException.class);
    }

    @Test
    void onlyFailuresThatCanNeverSucceedArePermanent() {
        assertThat(RelayErrors.isPermanent(new InvalidOutboundRecordException("bad"))).isTrue();
        for (ChatException.Reason reason : ChatException.Reason.values()) {
            boolean permanent = RelayErrors.isPermanent(new RuntimeException(new ChatException(reason, "x")));
            assertThat(permanent).as(reason.name()).isEqualTo(reason == ChatException.Reason.INVALID
                    || reason == ChatException.Reason.REJECTED || reason == ChatException.Reason.CONNECTION_LOST);
        }
        assertThat(RelayErrors.isPermanent(new IllegalStateException("broker away"))).isFalse();
        assertThat(RelayErrors.isPermanent((Throwable) null)).isFalse();
    }
}
