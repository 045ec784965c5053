package io.github.camelchat.simulator.hitbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelchat.simulator.hitbox.HitboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(60)
class LoginTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    @Test
    void rolesComeFromTheToken() {
        HitboxSimulator sim = hitbox.simulator();
        Account viewer = sim.addAccount("Viewer", Role.ANON);
        Account mod = sim.addAccount("Moddy", Role.USER);
        Account owner = sim.addAccount("Owner", "owner-token-0123456789", Role.ADMIN, UserFlag.OWNER);
        for (Account account : List.of(viewer, mod, owner)) {
            try (HitboxClient client = HitboxClient.join(sim, "chan", account)) {
                JsonNode login = client.nextMessage();
                assertThat(login.path("method").asText()).isEqualTo("loginMsg");
                assertThat(login.path("params").toString()).isEqualTo("{\"channel\":\"chan\",\"name\":\""
                        + account.name() + "\",\"role\":\"" + account.role().wireName() + "\"}");
            }
        }
    }

    @Test
    void badOrMissingCredentialsMakeASilentGuest() {
        HitboxSimulator sim = hitbox.simulator();
        Account account = sim.addAccount("Real", Role.ANON);
        List<JsonNode> logins = new ArrayList<>();
        for (String[] credentials : new String[][] {{"Real", "wrong-token"}, {"Other", account.token()},
                {"UnknownSoldier", null}, {null, null}}) {
            try (HitboxClient client = HitboxClient.join(sim, "chan", credentials[0], credentials[1])) {
                logins.add(client.nextMessage());
                client.expectNoMessage(Duration.ofMillis(200));
            }
        }
        assertThat(logins).allSatisfy(login -> {
            assertThat(login.path("method").asText()).isEqualTo("loginMsg");
            assertThat(login.path("params").path("name").asText()).isEqualTo("UnknownSoldier");
            assertThat(login.path("params").path("role").asText()).isEqualTo("guest");
        });
    }

    @Test
    void nameMatchesTheAccountWhateverItsCase() {
        HitboxSimulator sim = hitbox.simulator();
        Account account = sim.addAccount("CamelCase", Role.ANON);
        try (HitboxClient client = HitboxClient.join(sim, "chan", "camelcase", account.token())) {
            assertThat(client.nextMessage().path("params").path("name").asText()).isEqualTo("CamelCase");
        }
    }

    @Test
    void serverArgsAreJsonStringsAndClientStringArgsAreAccepted() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.connect(sim)) {
            client.send("5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"joinChannel\\\","
                    + "\\\"params\\\":{\\\"channel\\\":\\\"chan\\\",\\\"name\\\":\\\"UnknownSoldier\\\","
                    + "\\\"token\\\":null,\\\"isAdmin\\\":false}}\"]}");
            String frame = client.nextNonHeartbeat();
            assertThat(frame).isEqualTo("5:::{\"name\":\"message\",\"args\":[\"{\\\"method\\\":\\\"loginMsg\\\","
                    + "\\\"params\\\":{\\\"channel\\\":\\\"chan\\\",\\\"name\\\":\\\"UnknownSoldier\\\","
                    + "\\\"role\\\":\\\"guest\\\"}}\"]}");
        }
    }

    @Test
    void objectArgsOnRequest() {
        try (HitboxSimulator sim = HitboxSimulator.start(HitboxSimulatorOptions.defaults().stringArgs(false));
             HitboxClient client = HitboxClient.join(sim, "chan", null, null)) {
            assertThat(client.nextNonHeartbeat()).isEqualTo("5:::{\"name\":\"message\",\"args\":[{\"method\":"
                    + "\"loginMsg\",\"params\":{\"channel\":\"chan\",\"name\":\"UnknownSoldier\",\"role\":\"guest\"}}]}");
        }
    }

    @Test
    void backlogIsTheLastSixWithBuffersentOnTheLast() {
        HitboxSimulator sim = hitbox.simulator();
        Viewer talker = sim.viewer("Talker");
        for (int i = 1; i <= 8; i++) {
            sim.chat(talker, "chan", "line " + i);
        }
        try (HitboxClient client = HitboxClient.join(sim, "chan", null, null)) {
            assertThat(client.nextMessage().path("method").asText()).isEqualTo("loginMsg");
            List<JsonNode> backlog = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                backlog.add(client.nextMessage().path("params"));
            }
            client.expectNoMessage(Duration.ofMillis(200));

            assertThat(backlog).extracting(p -> p.path("text").asText())
                    .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7", "line 8");
            assertThat(backlog).allSatisfy(p -> {
                assertThat(p.path("buffer").asBoolean()).isTrue();
                assertThat(p.path("channel").asText()).isEqualTo("chan");
                assertThat(p.path("name").asText()).isEqualTo("Talker");
            });
            assertThat(backlog.subList(0, 5)).allSatisfy(p -> assertThat(p.has("buffersent")).isFalse());
            assertThat(backlog.get(5).path("buffersent").asBoolean()).isTrue();
        }
        assertThat(sim.backlog("chan")).extracting(ChatLine::text).first().isEqualTo("line 3");
    }

    @Test
    void hideBufferedSkipsTheBacklog() {
        HitboxSimulator sim = hitbox.simulator();
        sim.seedBacklog("chan", sim.viewer("Talker"), "old 1", "old 2");
        try (HitboxClient client = HitboxClient.connect(sim)) {
            client.emit("joinChannel", params("channel", "chan", "name", "UnknownSoldier", "token", null,
                    "isAdmin", false, "hideBuffered", true));
            assertThat(client.nextMessage().path("method").asText()).isEqualTo("loginMsg");
            client.expectNoMessage(Duration.ofMillis(300));
        }
    }

    @Test
    void motdPollAndRaffleFollowTheBacklog() {
        HitboxSimulator sim = hitbox.simulator();
        sim.seedBacklog("chan", sim.viewer("Talker"), "old");
        sim.setMotd("chan", "Be nice");
        sim.poll("chan", "Best camel?", "Dromedary", "Bactrian");
        sim.raffle("chan", "Win a hump", "Enter");
        try (HitboxClient client = HitboxClient.join(sim, "chan", null, null)) {
            List<String> methods = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                methods.add(client.nextMessage().path("method").asText());
            }
            assertThat(methods).containsExactly("loginMsg", "chatMsg", "motdMsg", "pollMsg", "raffleMsg");
        }
    }

    @Test
    void channelNamesAreLowerCased() {
        try (HitboxClient client = HitboxClient.join(hitbox.simulator(), "MixedCase", null, null)) {
            assertThat(client.nextMessage().path("params").path("channel").asText()).isEqualTo("mixedcase");
        }
        assertThat(hitbox.simulator().received("mixedcase")).hasSize(1);
    }

    @Test
    void secondJoinForAnotherChannelIsIgnored() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.join(sim, "first", null, null)) {
            assertThat(client.nextMessage().path("method").asText()).isEqualTo("loginMsg");
            client.emit("joinChannel", params("channel", "second", "name", "UnknownSoldier", "token", null));
            client.expectNoMessage(Duration.ofMillis(300));
            assertThat(sim.sockets("first")).containsExactly("UnknownSoldier");
            assertThat(sim.sockets("second")).isEmpty();
        }
    }

    @Test
    void notifyReportsOthersJoiningAndLeaving() {
        HitboxSimulator sim = hitbox.simulator();
        Account watcher = sim.addAccount("Watcher", Role.USER);
        Account other = sim.addAccount("Other", Role.ANON);
        try (HitboxClient client = HitboxClient.connect(sim)) {
            client.emit("joinChannel", params("channel", "chan", "name", "Watcher", "token", watcher.token(),
                    "isAdmin", false, "notify", true));
            assertThat(client.nextMessage().path("method").asText()).isEqualTo("loginMsg");
            try (HitboxClient second = HitboxClient.join(sim, "chan", other)) {
                second.nextMessage("loginMsg");
                assertThat(client.nextMessage().path("params").toString())
                        .isEqualTo("{\"channel\":\"chan\",\"join\":\"Other\"}");
            }
            assertThat(client.nextMessage().path("params").toString())
                    .isEqualTo("{\"channel\":\"chan\",\"part\":\"Other\"}");
            sim.joinViewer(sim.viewer("Scripted"), "chan");
            assertThat(client.nextMessage().path("params").path("join").asText()).isEqualTo("Scripted");
            sim.partViewer(sim.viewer("Scripted"), "chan");
            assertThat(client.nextMessage().path("params").path("part").asText()).isEqualTo("Scripted");
        }
    }

    @Test
    void receivedRecordsTheInnerJsonPerChannel() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient client = HitboxClient.join(sim, "chan", null, null)) {
            client.nextMessage("loginMsg");
            client.send("2::");
            client.send("3:::not json");
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.received("chan").size() == 2);
        }
        assertThat(sim.received("chan")).containsExactly(
                "{\"method\":\"joinChannel\",\"params\":{\"channel\":\"chan\",\"name\":null,\"token\":null,"
                        + "\"isAdmin\":false}}",
                "3:::not json");
    }
}
