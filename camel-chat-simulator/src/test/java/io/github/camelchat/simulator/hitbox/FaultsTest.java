package io.github.camelchat.simulator.hitbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelchat.simulator.hitbox.HitboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(60)
class FaultsTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    @Test
    void closeAllSendsDisconnectThenCloses() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = HitboxClient.connect(sim); HitboxClient b = HitboxClient.connect(sim)) {
            sim.closeAll();
            assertThat(a.next()).isEqualTo("0::");
            assertThat(b.next()).isEqualTo("0::");
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.openConnections() == 0);
        }
    }

    @Test
    void closeAllWithACloseFrame() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = HitboxClient.connect(sim)) {
            sim.closeAll(4000, "bye");
            assertThat(a.awaitClose()).isEqualTo(new io.github.camelchat.simulator.WebSocketTestClient.Close(4000, "bye"));
        }
    }

    @Test
    void dropAllClosesWithoutAnything() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = HitboxClient.connect(sim)) {
            sim.dropAll();
            assertThat(a.awaitClose().code()).isEqualTo(1006);
            assertThat(a.allFrames()).containsExactly("1::");
        }
    }

    @Test
    void silentServerStillReadsAndRecords() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = HitboxClient.connect(sim)) {
            sim.setSilent(true);
            a.emit("joinChannel", params("channel", "chan", "name", null, "token", null));
            a.expectNothing(Duration.ofMillis(300));
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.received("chan").size() == 1);
            sim.setSilent(false);
            sim.injectRaw("8::");
            assertThat(a.next()).isEqualTo("8::");
        }
    }

    @Test
    void injectRawToAllOrOneChannel() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = HitboxClient.join(sim, "one", null, null);
             HitboxClient b = HitboxClient.join(sim, "two", null, null)) {
            a.nextMessage("loginMsg");
            b.nextMessage("loginMsg");
            sim.injectRaw("two", "3:::raw text");
            assertThat(b.next()).isEqualTo("3:::raw text");
            sim.injectRaw("4:::{\"x\":1}");
            assertThat(a.next()).isEqualTo("4:::{\"x\":1}");
            assertThat(b.next()).isEqualTo("4:::{\"x\":1}");
        }
    }

    @Test
    void invalidUtf8FailsTheClient() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = HitboxClient.connect(sim)) {
            sim.injectInvalidUtf8();
            assertThat(a.awaitClose().code()).isEqualTo(1006);
            assertThat(a.error).isDone();
        }
    }

    @Test
    void restartDisconnectsForgetsSidsAndComesBackOnTheSamePort() {
        HitboxSimulator sim = hitbox.simulator();
        int port = sim.port();
        sim.seedBacklog("chan", sim.viewer("Talker"), "survives");
        String unusedSid = HitboxClient.handshake(sim);
        try (HitboxClient a = HitboxClient.connect(sim)) {
            sim.restart(Duration.ofMillis(500));
            assertThat(a.next()).isEqualTo("0::");
            assertThat(sim.openConnections()).isZero();
            assertThat(sim.isListening()).isFalse();
        }
        await().atMost(Duration.ofSeconds(10)).until(sim::isListening);
        assertThat(sim.port()).isEqualTo(port);
        try (io.github.camelchat.simulator.RawSocketClient raw = new io.github.camelchat.simulator.RawSocketClient(
                port, "/socket.io/1/websocket/" + unusedSid)) {
            assertThat(raw.readFramesUntilEof()).extracting(f -> f.text()).containsExactly("7:::1+0");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (HitboxClient again = HitboxClient.join(sim, "chan", null, null)) {
            again.nextMessage("loginMsg");
            assertThat(again.nextMessage().path("params").path("text").asText()).isEqualTo("survives");
        }
    }

    @Test
    void everyMessageCarriesTheChannel() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN, UserFlag.OWNER);
        Account fan = sim.addAccount("Fan", Role.ANON);
        sim.seedBacklog("chan", sim.viewer("Talker"), "old");
        sim.setMotd("chan", "sticky");
        try (HitboxClient o = HitboxClient.connect(sim); HitboxClient f = HitboxClient.join(sim, "chan", fan)) {
            o.emit("joinChannel", params("channel", "chan", "name", "Owner", "token", owner.token(), "notify", true));
            f.nextMessage("loginMsg");
            sim.joinViewer(sim.viewer("Visitor"), "chan");
            sim.poll("chan", "Q?", "a", "b");
            f.emit("votePoll", params("channel", "chan", "choice", "1"));
            sim.endPoll("chan");
            sim.raffle("chan", "R?", "x");
            f.emit("voteRaffle", params("channel", "chan", "choice", "0"));
            sim.endRaffle("chan");
            sim.deleteRaffle("chan");
            sim.serverMsg("chan", "resourceUpdate", java.util.Map.of("media", java.util.Map.of("media_status", "t")));
            sim.infoMsg("chan", "system says");
            f.emit("chatMsg", params("channel", "chan", "name", "Fan", "text", "hi https://x.io/a.gif"));
            f.emit("directMsg", params("channel", "chan", "from", "Fan", "to", "Owner", "text", "dm"));
            o.emit("getChannelUserList", params("channel", "chan"));
            o.emit("getChannelUser", params("channel", "chan", "name", "Fan"));
            o.emit("mediaLog", params("channel", "chan", "type", "image"));
            o.emit("slowMode", params("channel", "chan", "time", 5));
            o.emit("kickUser", params("channel", "chan", "name", "Visitor", "timeout", 5));
            o.emit("banUser", params("channel", "chan", "name", "Visitor"));
            o.emit("unbanUser", params("channel", "chan", "name", "Visitor"));
            o.emit("makeMod", params("channel", "chan", "name", "Fan"));
            o.emit("motdMsg", params("channel", "chan", "name", "Owner", "text", ""));
            o.emit("getChannelUser", params("channel", "chan", "name", "last"));

            java.util.Set<String> methods = new java.util.TreeSet<>();
            while (true) {
                com.fasterxml.jackson.databind.JsonNode message = o.nextMessage();
                methods.add(message.path("method").asText());
                assertThat(message.path("params").path("channel").asText()).as(message.toString()).isEqualTo("chan");
                if ("userInfo".equals(message.path("method").asText())
                        && "last".equals(message.path("params").path("name").asText())) {
                    break;
                }
            }
            assertThat(methods).containsExactlyInAnyOrder("loginMsg", "chatMsg", "motdMsg", "notifyMsg", "pollMsg",
                    "raffleMsg", "serverMsg", "infoMsg", "directMsg", "userList", "userInfo", "mediaLog", "slowMsg",
                    "chatLog", "banList");
        }
    }
}
