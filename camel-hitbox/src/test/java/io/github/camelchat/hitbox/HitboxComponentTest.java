package io.github.camelchat.hitbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelchat.common.send.ChatException;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.hitbox.model.ChatMsg;
import io.github.camelchat.hitbox.model.DirectMsg;
import io.github.camelchat.hitbox.model.LoginMsg;
import io.github.camelchat.hitbox.model.MotdMsg;
import io.github.camelchat.hitbox.model.UserInfo;
import io.github.camelchat.hitbox.model.UserList;
import io.github.camelchat.hitbox.support.HitboxTestSupport;
import io.github.camelchat.simulator.hitbox.ChatLine;
import io.github.camelchat.simulator.hitbox.Role;
import io.github.camelchat.simulator.hitbox.Viewer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Consumer and producer of one channel against the simulator. */
class HitboxComponentTest extends HitboxTestSupport {

    private Viewer alice;

    @Override
    protected RouteBuilder createRouteBuilder() {
        alice = simulator.viewer("Alice" + channel, Role.ANON);
        simulator.seedBacklog(channel, alice, "old 1", "old 2", "old 3", "old 4", "old 5", "old 6", "old 7");
        simulator.setMotd(channel, "Welcome to " + channel);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(hitbox("")).routeId("all").to("mock:all");
            }
        };
    }

    private HitboxConsumer hitboxConsumer() {
        return (HitboxConsumer) context.getRoute("all").getConsumer();
    }

    @BeforeEach
    void awaitLogin() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> hitboxConsumer().getSession() != null
                && hitboxConsumer().getSession().getState() == SessionState.READY);
    }

    private List<Exchange> received(String method) {
        return getMockEndpoint("mock:all").getReceivedExchanges().stream()
                .filter(e -> method.equals(e.getMessage().getHeader(HitboxConstants.METHOD))).toList();
    }

    @Test
    void loginBacklogAndMotdArriveTypedWithHeaders() {
        await().atMost(5, TimeUnit.SECONDS).until(() -> received("motdMsg").size() == 1);
        Exchange login = received("loginMsg").get(0);
        assertThat(login.getMessage().getBody()).isInstanceOfSatisfying(LoginMsg.class,
                l -> assertThat(l.role()).isEqualTo("user"));
        assertThat(login.getMessage().getHeader(HitboxConstants.CHANNEL)).isEqualTo(channel);

        List<Exchange> backlog = received("chatMsg");
        assertThat(backlog).hasSize(6);
        assertThat(backlog).extracting(e -> e.getMessage().getHeader(HitboxConstants.TEXT))
                .containsExactly("old 2", "old 3", "old 4", "old 5", "old 6", "old 7");
        assertThat(backlog).allSatisfy(e -> assertThat(e.getMessage().getHeader(HitboxConstants.BACKLOG)).isEqualTo(true));
        assertThat(backlog).extracting(e -> e.getMessage().getHeader(HitboxConstants.BACKLOG_COMPLETE))
                .containsExactly(false, false, false, false, false, true);
        assertThat(received("motdMsg").get(0).getMessage().getBody(MotdMsg.class).text()).isEqualTo("Welcome to " + channel);
    }

    @Test
    void liveChatCarriesSenderRoleAndTime() throws Exception {
        MockEndpoint all = getMockEndpoint("mock:all");
        await().atMost(5, TimeUnit.SECONDS).until(() -> received("motdMsg").size() == 1);
        int before = received("chatMsg").size();
        simulator.joinViewer(alice, channel);
        simulator.chat(alice, channel, "live \"quoted\" text");
        await().atMost(5, TimeUnit.SECONDS).until(() -> received("chatMsg").size() == before + 1);
        Exchange live = received("chatMsg").get(before);
        ChatMsg chat = live.getMessage().getBody(ChatMsg.class);
        assertThat(chat.text()).isEqualTo("live \"quoted\" text");
        assertThat(live.getMessage().getHeader(HitboxConstants.SENDER_NAME)).isEqualTo(alice.name());
        assertThat(live.getMessage().getHeader(HitboxConstants.ROLE)).isEqualTo("anon");
        assertThat(live.getMessage().getHeader(HitboxConstants.BACKLOG)).isEqualTo(false);
        assertThat(live.getMessage().getHeader(HitboxConstants.TIME)).isNotNull();
        assertThat(all.getReceivedExchanges()).isNotEmpty();
    }

    @Test
    void chatMsgCompletesOnTheEchoAndDirectMessagesAreDelivered() {
        Exchange sent = template.request(hitbox(""), e -> e.getIn().setBody("hello from camel"));
        assertThat(sent.getException()).isNull();
        assertThat(simulator.chatLog(channel)).extracting(ChatLine::text).contains("hello from camel");

        Exchange me = template.request(hitbox(""), e -> {
            e.getIn().setBody("waves");
            e.getIn().setHeader(HitboxConstants.ME, true);
        });
        assertThat(me.getException()).isNull();
        assertThat(simulator.chatLog(channel)).anyMatch(l -> l.text().equals("waves") && l.me());

        simulator.joinViewer(alice, channel);
        Exchange direct = template.request(hitbox("operation=directMsg"), e -> {
            e.getIn().setBody("just for you");
            e.getIn().setHeader(HitboxConstants.RECIPIENT, alice.name());
        });
        assertThat(direct.getException()).isNull();
    }

    @Test
    void queriesReplyInTheBody() {
        simulator.joinViewer(alice, channel);
        Object list = template.requestBodyAndHeader(hitbox(""), null, HitboxConstants.OPERATION, "getChannelUserList");
        assertThat(list).isInstanceOfSatisfying(UserList.class, l -> assertThat(l.channel()).isEqualTo(channel));
        Object info = template.requestBodyAndHeader(hitbox("operation=getChannelUser&user=" + alice.name()), null,
                HitboxConstants.OPERATION, "getChannelUser");
        assertThat(info).isInstanceOfSatisfying(UserInfo.class, u -> assertThat(u.name()).isEqualToIgnoringCase(alice.name()));
    }

    @Test
    void refusalsAndInvalidMessagesFailWithClearErrors() {
        String tooLong = "x".repeat(301);
        assertThat(template.request(hitbox(""), e -> e.getIn().setBody(tooLong)).getException())
                .isInstanceOf(HitboxException.class).hasMessageContaining("301").hasMessageContaining("300");

        assertThat(template.request(hitbox(""), e -> e.getIn().setBody("twice")).getException()).isNull();
        assertThat(template.request(hitbox(""), e -> e.getIn().setBody("twice")).getException())
                .isInstanceOf(HitboxException.class).hasMessageContaining("identical");

        assertThat(template.request(hitbox("operation=directMsg"), e -> e.getIn().setBody("to whom?")).getException())
                .isInstanceOf(HitboxException.class).hasMessageContaining(HitboxConstants.RECIPIENT);

        // slow mode set by our moderator bot holds back an ordinary viewer's second message
        var viewer = simulator.addAccount("Viewer" + channel, Role.ANON);
        template.sendBody(hitbox("operation=slowMode"), 30);
        String viewerUri = hitbox(channel, viewer, "sendTimeout=5000");
        assertThat(template.request(viewerUri, e -> e.getIn().setBody("first")).getException()).isNull();
        Exchange refused = template.request(viewerUri, e -> e.getIn().setBody("second"));
        assertThat(refused.getException()).isInstanceOfSatisfying(HitboxException.class, e -> {
            assertThat(e.getReason()).isEqualTo(ChatException.Reason.REJECTED);
            assertThat(e.getMessage()).contains("Slow mode");
        });
        assertThat(simulator.chatLog(channel)).extracting(ChatLine::text).doesNotContain("second");
    }

    @Test
    void moderationRequestsTakeEffect() {
        Viewer mallory = simulator.viewer("Mallory" + channel, Role.ANON);
        simulator.joinViewer(mallory, channel);
        String mod = hitbox("");

        template.sendBodyAndHeaders(mod, null, java.util.Map.of(HitboxConstants.OPERATION, "banUser",
                HitboxConstants.TARGET_USER, mallory.name()));
        assertThat(userInfo(mallory.name()).role()).isEqualTo("banned");
        template.sendBodyAndHeaders(mod, null, java.util.Map.of(HitboxConstants.OPERATION, "unbanUser",
                HitboxConstants.TARGET_USER, mallory.name()));
        assertThat(userInfo(mallory.name()).role()).isNotEqualTo("banned");

        template.sendBodyAndHeaders(mod, "Be nice", java.util.Map.of(HitboxConstants.OPERATION, "motdMsg"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> received("motdMsg").stream()
                .anyMatch(e -> "Be nice".equals(e.getMessage().getBody(MotdMsg.class).text())));

        template.sendBodyAndHeaders(mod, 60, java.util.Map.of(HitboxConstants.OPERATION, "kickUser",
                HitboxConstants.TARGET_USER, mallory.name()));
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.received(channel).stream()
                .anyMatch(f -> f.contains("\"kickUser\"") && f.contains(mallory.name()) && f.contains("60")));
        assertThat(simulator.received(channel)).noneMatch(f -> f.contains("token") && f.contains("xxxxxx"));
    }

    @Test
    void partChannelMakesTheServerCloseAndTheSessionJoinsAgain() {
        int handshakes = simulator.handshakes();
        template.sendBodyAndHeader(hitbox(""), null, HitboxConstants.OPERATION, "partChannel");
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.handshakes() > handshakes
                && hitboxConsumer().getSession().getState() == SessionState.READY
                && hitboxConsumer().getSession().getReadyCount() >= 2);
    }

    private UserInfo userInfo(String name) {
        return template.requestBodyAndHeaders(hitbox(""), null, java.util.Map.of(HitboxConstants.OPERATION,
                "getChannelUser", HitboxConstants.TARGET_USER, name), UserInfo.class);
    }
}
