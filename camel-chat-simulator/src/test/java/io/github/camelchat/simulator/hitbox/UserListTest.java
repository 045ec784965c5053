package io.github.camelchat.simulator.hitbox;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelchat.simulator.hitbox.HitboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class UserListTest {

    @RegisterExtension
    final HitboxSimulatorExtension hitbox = new HitboxSimulatorExtension();

    private static HitboxClient joined(HitboxSimulator sim, Account account) {
        HitboxClient client = HitboxClient.join(sim, "chan", account);
        client.nextMessage("loginMsg");
        return client;
    }

    @Test
    void userListGroupsByRoleAndFlag() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN, UserFlag.OWNER);
        sim.joinViewer(sim.viewer("Staffer", Role.ADMIN, UserFlag.STAFF, UserFlag.SUBSCRIBER), "chan");
        sim.joinViewer(sim.viewer("Moddy", Role.USER, UserFlag.FOLLOWER), "chan");
        sim.joinViewer(sim.viewer("Fan", Role.ANON, UserFlag.FOLLOWER, UserFlag.SUBSCRIBER), "chan");
        sim.joinViewer(sim.viewer("Ambassador", Role.ADMIN, UserFlag.COMMUNITY), "chan");
        try (HitboxClient o = joined(sim, owner); HitboxClient guest = HitboxClient.join(sim, "chan", null, null)) {
            guest.nextMessage("loginMsg");
            o.emit("getChannelUserList", params("channel", "chan"));
            JsonNode list = o.nextMessage();

            assertThat(list.path("method").asText()).isEqualTo("userList");
            assertThat(list.path("params").path("channel").asText()).isEqualTo("chan");
            assertThat(list.path("params").path("data").toString()).isEqualTo("{\"Guests\":1,"
                    + "\"admin\":[\"Owner\",\"Staffer\",\"Ambassador\"],\"user\":[\"Moddy\"],\"anon\":[\"Fan\"],"
                    + "\"isFollower\":[\"Moddy\",\"Fan\"],\"isSubscriber\":[\"Staffer\",\"Fan\"],"
                    + "\"isStaff\":[\"Staffer\"],\"isCommunity\":[\"Ambassador\"]}");

            guest.emit("getChannelUserList", params("channel", "chan"));
            guest.emit("getChannelUser", params("channel", "chan", "name", "Owner"));
            guest.expectNoMessage(Duration.ofMillis(300));
        }
    }

    @Test
    void noGuestsIsNull() {
        HitboxSimulator sim = hitbox.simulator();
        try (HitboxClient a = joined(sim, sim.addAccount("Alice", Role.ANON))) {
            a.emit("getChannelUserList", params("channel", "chan"));
            assertThat(a.nextMessage().path("params").path("data").path("Guests").isNull()).isTrue();
        }
    }

    @Test
    void userInfoAndBannedUserInfo() {
        HitboxSimulator sim = hitbox.simulator();
        Account owner = sim.addAccount("Owner", Role.ADMIN, UserFlag.OWNER);
        sim.addAccount("Fan", Role.ANON, UserFlag.FOLLOWER);
        try (HitboxClient o = joined(sim, owner)) {
            o.emit("getChannelUser", params("channel", "chan", "name", "fan"));
            JsonNode info = o.nextMessage();
            assertThat(info.path("method").asText()).isEqualTo("userInfo");
            JsonNode p = info.path("params");
            assertThat(p.path("channel").asText()).isEqualTo("chan");
            assertThat(p.path("name").asText()).isEqualTo("Fan");
            assertThat(p.path("role").asText()).isEqualTo("anon");
            assertThat(p.path("timestamp").asLong()).isPositive();
            assertThat(p.path("isFollower").asBoolean()).isTrue();
            assertThat(p.path("isSubscriber").asBoolean()).isFalse();

            o.emit("banUser", params("channel", "chan", "name", "Fan"));
            o.nextMessage("banList");
            o.emit("getChannelUser", params("channel", "chan", "name", "Fan"));
            JsonNode banned = o.nextMessage("userInfo").path("params");
            assertThat(banned.path("role").asText()).isEqualTo("banned");
            assertThat(banned.path("banned").asBoolean()).isTrue();
            assertThat(banned.has("isFollower")).as("flags removed").isFalse();
        }
    }
}
