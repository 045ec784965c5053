package io.github.camelchat.chatbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.chatbox.model.AfkEvent;
import io.github.camelchat.chatbox.model.AfkReturnEvent;
import io.github.camelchat.chatbox.model.ChatboxChatEvent;
import io.github.camelchat.chatbox.model.CommandEvent;
import io.github.camelchat.chatbox.model.DeathEvent;
import io.github.camelchat.chatbox.model.DiscordChatEvent;
import io.github.camelchat.chatbox.model.HelloPacket;
import io.github.camelchat.chatbox.model.IngameChatEvent;
import io.github.camelchat.chatbox.model.JoinEvent;
import io.github.camelchat.chatbox.model.LeaveEvent;
import io.github.camelchat.chatbox.model.PlayersPacket;
import io.github.camelchat.chatbox.model.ServerRestartCancelledEvent;
import io.github.camelchat.chatbox.model.ServerRestartScheduledEvent;
import io.github.camelchat.chatbox.model.WorldChangeEvent;
import io.github.camelchat.chatbox.support.ChatboxTestSupport;
import io.github.camelchat.simulator.chatbox.Player;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChatboxConsumerTest extends ChatboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(chatbox("Bot", "")).routeId("events").to("mock:events");
                from(chatbox("Bot", "events=hello,players,join")).routeId("meta").to("mock:meta");
                from(chatbox("Bot", "events=chat_ingame&rawJson=true")).routeId("raw").to("mock:raw");
            }
        };
    }

    private void awaitReady() {
        ChatboxEndpoint endpoint = context.getEndpoint(chatbox("Bot", ""), ChatboxEndpoint.class);
        await().atMost(10, TimeUnit.SECONDS).until(() -> endpoint.getHello() != null);
    }

    @Test
    void everyEventTypeArrivesWithBodyAndHeaders() throws Exception {
        awaitReady();
        MockEndpoint events = getMockEndpoint("mock:events");
        Player steve = simulator.player("Steve");
        Player alex = simulator.player("Alex");
        events.expectedMessageCount(12);

        simulator.join(steve);
        simulator.join(alex);
        simulator.chat(steve, "hello world");
        simulator.discordChat("Lemmmy", "from discord");
        simulator.chat(steve, "\\ping a  b");
        simulator.death(steve, alex, "Steve was slain by Alex");
        simulator.worldChange(steve, "minecraft:overworld", "minecraft:the_nether");
        simulator.afk(alex);
        simulator.afkReturn(alex);
        simulator.scheduleRestart("manual", 60);
        simulator.cancelRestart();
        simulator.leave(alex);
        events.assertIsSatisfied(10_000);

        List<Exchange> received = events.getReceivedExchanges();
        assertThat(received).extracting(e -> e.getMessage().getHeader(ChatboxConstants.EVENT_TYPE))
                .containsExactly("join", "join", "chat_ingame", "chat_discord", "command", "death", "world_change",
                        "afk", "afk_return", "server_restart_scheduled", "server_restart_cancelled", "leave");

        assertThat(received.get(0).getMessage().getBody()).isInstanceOf(JoinEvent.class);
        assertThat(received.get(0).getMessage().getHeader(ChatboxConstants.SENDER_NAME)).isEqualTo("Steve");
        assertThat(received.get(0).getMessage().getHeader(ChatboxConstants.SENDER_UUID))
                .isEqualTo(steve.uuid().toString());

        Exchange chat = received.get(2);
        IngameChatEvent ingame = chat.getMessage().getBody(IngameChatEvent.class);
        assertThat(ingame.text()).isEqualTo("hello world");
        assertThat(ingame.user().name()).isEqualTo("Steve");
        assertThat(chat.getMessage().getHeader(ChatboxConstants.TEXT)).isEqualTo("hello world");
        assertThat(chat.getMessage().getHeader(ChatboxConstants.SENDER_DISPLAY_NAME)).isEqualTo(steve.displayName());
        assertThat(chat.getMessage().getHeader(ChatboxConstants.TIME)).isNotNull();

        DiscordChatEvent discord = received.get(3).getMessage().getBody(DiscordChatEvent.class);
        assertThat(discord.text()).isEqualTo("from discord");
        assertThat(received.get(3).getMessage().getHeader(ChatboxConstants.SENDER_NAME)).isEqualTo("Lemmmy");

        Exchange command = received.get(4);
        assertThat(command.getMessage().getBody()).isInstanceOf(CommandEvent.class);
        assertThat(command.getMessage().getHeader(ChatboxConstants.COMMAND)).isEqualTo("ping");
        assertThat(command.getMessage().getHeader(ChatboxConstants.COMMAND_ARGS)).isEqualTo(List.of("a", "b"));
        assertThat(command.getMessage().getHeader(ChatboxConstants.OWNER_ONLY)).isEqualTo(false);

        DeathEvent death = received.get(5).getMessage().getBody(DeathEvent.class);
        assertThat(death.text()).isEqualTo("Steve was slain by Alex");
        assertThat(death.source().name()).isEqualTo("Alex");

        WorldChangeEvent world = received.get(6).getMessage().getBody(WorldChangeEvent.class);
        assertThat(world.origin()).isEqualTo("minecraft:overworld");
        assertThat(world.destination()).isEqualTo("minecraft:the_nether");

        assertThat(received.get(7).getMessage().getBody()).isInstanceOf(AfkEvent.class);
        assertThat(received.get(8).getMessage().getBody()).isInstanceOf(AfkReturnEvent.class);
        ServerRestartScheduledEvent restart = received.get(9).getMessage().getBody(ServerRestartScheduledEvent.class);
        assertThat(restart.restartType()).isEqualTo("manual");
        assertThat(restart.restartSeconds()).isEqualTo(60);
        assertThat(received.get(10).getMessage().getBody()).isInstanceOf(ServerRestartCancelledEvent.class);
        assertThat(received.get(11).getMessage().getBody()).isInstanceOf(LeaveEvent.class);
    }

    @Test
    void ownSayIsEchoedAsChatboxChat() throws Exception {
        awaitReady();
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        template.sendBody(chatbox("Bot", ""), "hi there");
        events.assertIsSatisfied(10_000);
        ChatboxChatEvent echo = events.getReceivedExchanges().get(0).getMessage().getBody(ChatboxChatEvent.class);
        assertThat(echo.text()).isEqualTo("hi there");
        assertThat(echo.name()).isEqualTo("Bot");
    }

    @Test
    void eventsFilterSelectsPacketKindsIncludingHelloAndPlayers() throws Exception {
        MockEndpoint meta = getMockEndpoint("mock:meta");
        meta.expectedMinimumMessageCount(2);
        meta.assertIsSatisfied(10_000);
        assertThat(meta.getReceivedExchanges()).extracting(e -> (Object) e.getMessage().getBody().getClass())
                .contains((Object) HelloPacket.class, (Object) PlayersPacket.class);
        assertThat(meta.getReceivedExchanges().get(0).getMessage().getHeader(ChatboxConstants.EVENT_TYPE))
                .isIn("players", "hello");

        meta.reset();
        meta.expectedMessageCount(2); // join, then the players packet the server sends after it
        Player herobrine = simulator.player("Herobrine");
        simulator.join(herobrine);
        simulator.chat(herobrine, "not subscribed");
        meta.assertIsSatisfied(10_000);
        assertThat(meta.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(ChatboxConstants.EVENT_TYPE))
                .containsExactly("join", "players");

        ChatboxEndpoint endpoint = context.getEndpoint(chatbox("Bot", "events=hello,players,join"), ChatboxEndpoint.class);
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(endpoint.getPlayers())
                .extracting(p -> p.name()).contains("Herobrine"));
        simulator.leave(herobrine);
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(endpoint.getPlayers())
                .extracting(p -> p.name()).doesNotContain("Herobrine"));
    }

    @Test
    void rawJsonEmitsTheFrameText() throws Exception {
        awaitReady();
        MockEndpoint raw = getMockEndpoint("mock:raw");
        raw.expectedMessageCount(1);
        simulator.chat(simulator.player("Notch"), "<b> & 'quoted'");
        raw.assertIsSatisfied(10_000);
        Object body = raw.getReceivedExchanges().get(0).getMessage().getBody();
        assertThat(body).isInstanceOf(String.class);
        assertThat((String) body).contains("\"event\":\"chat_ingame\"").contains("\\u003cb\\u003e");
        assertThat(raw.getReceivedExchanges().get(0).getMessage().getHeader(ChatboxConstants.TEXT))
                .isEqualTo("<b> & 'quoted'");
    }

    @Test
    void malformedFramesAreSkippedAndTheConsumerStaysAlive() throws Exception {
        awaitReady();
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        simulator.injectRaw("{not json");
        simulator.injectRaw("[1,2,3]");
        simulator.injectRaw("{\"type\":\"event\",\"event\":\"chat_ingame\",\"time\":5}");
        simulator.injectRaw("null");
        simulator.chat(simulator.player("Jeb"), "still alive");
        events.assertIsSatisfied(10_000);
        assertThat(events.getReceivedExchanges().get(0).getMessage().getHeader(ChatboxConstants.TEXT))
                .isEqualTo("still alive");
        assertThat(simulator.openConnections()).isEqualTo(1);
    }

    @Test
    void invalidUtf8DropsTheSocketAndTheSessionRecovers() throws Exception {
        awaitReady();
        ChatboxEndpoint endpoint = context.getEndpoint(chatbox("Bot", ""), ChatboxEndpoint.class);
        int attemptsBefore = simulator.connectionAttempts();
        simulator.injectInvalidUtf8();
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.connectionAttempts() > attemptsBefore
                && simulator.openConnections() == 1 && endpoint.getHello() != null);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        // the reconnect may still be in its handshake: keep chatting until one line arrives
        Player dinnerbone = simulator.player("Dinnerbone");
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            simulator.chat(dinnerbone, "after recovery");
            return events.getReceivedCounter() >= 1;
        });
        assertThat(events.getReceivedExchanges().get(0).getMessage().getHeader(ChatboxConstants.TEXT))
                .isEqualTo("after recovery");
    }
}
