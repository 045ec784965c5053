package io.github.camelchat.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.camelchat.common.session.ChatSession;
import io.github.camelchat.common.session.SessionState;
import io.github.camelchat.common.testing.FakeSocket;
import io.github.camelchat.common.testing.SessionHarness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRegistryTest {

    private static final String CREDENTIAL = "0123456789abcdef-secret-licence";

    private final SessionRegistry registry = new SessionRegistry();
    private final List<SessionHarness> created = new ArrayList<>();

    private final Supplier<ChatSession<String>> factory = () -> {
        SessionHarness h = SessionHarness.create();
        created.add(h);
        return h.session;
    };

    @Test
    void theSameKeySharesOneSessionStartedOnce() {
        SessionKey key = SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main");

        SessionRegistry.Lease<String> consumer = registry.acquire(key, factory);
        SessionRegistry.Lease<String> producer = registry.acquire(SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main"),
                factory);

        assertThat(producer.session()).isSameAs(consumer.session());
        assertThat(created).hasSize(1);
        assertThat(created.get(0).transport.openCount()).isEqualTo(1);
        assertThat(consumer.session().getState()).isEqualTo(SessionState.CONNECTING);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void theSessionStopsOnlyWhenTheLastLeaseIsReleased() {
        SessionKey key = SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main");
        SessionRegistry.Lease<String> consumer = registry.acquire(key, factory);
        SessionRegistry.Lease<String> producer = registry.acquire(key, factory);
        FakeSocket socket = created.get(0).connect();

        consumer.close();
        assertThat(producer.session().getState()).isEqualTo(SessionState.READY);
        assertThat(registry.size()).isEqualTo(1);

        producer.close();
        assertThat(producer.session().getState()).isEqualTo(SessionState.STOPPED);
        assertThat(socket.closes()).extracting(FakeSocket.Close::code).containsExactly(1000);
        assertThat(registry.size()).isZero();
    }

    @Test
    void releasingTheSameLeaseTwiceCountsOnce() {
        SessionKey key = SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main");
        SessionRegistry.Lease<String> consumer = registry.acquire(key, factory);
        SessionRegistry.Lease<String> producer = registry.acquire(key, factory);

        consumer.close();
        consumer.close();

        assertThat(producer.session().getState()).isNotEqualTo(SessionState.STOPPED);
        producer.close();
        producer.close();
        assertThat(producer.session().getState()).isEqualTo(SessionState.STOPPED);
        assertThat(registry.size()).isZero();
    }

    @Test
    void aNewLeaseAfterTheLastReleaseGetsAFreshSession() {
        SessionKey key = SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main");
        SessionRegistry.Lease<String> first = registry.acquire(key, factory);
        ChatSession<String> old = first.session();
        first.close();

        SessionRegistry.Lease<String> second = registry.acquire(key, factory);

        assertThat(second.session()).isNotSameAs(old);
        assertThat(second.session().getState()).isEqualTo(SessionState.CONNECTING);
        assertThat(created).hasSize(2);
        first.close(); // a stale lease must not release the new session
        assertThat(second.session().getState()).isEqualTo(SessionState.CONNECTING);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void differentServersCredentialsOrChannelsGetDifferentSessions() {
        ChatSession<String> base = registry.acquire(SessionKey.of("wss://a", CREDENTIAL, "main"), factory).session();
        ChatSession<String> otherServer = registry.acquire(SessionKey.of("wss://b", CREDENTIAL, "main"), factory).session();
        ChatSession<String> otherCredential = registry.acquire(SessionKey.of("wss://a", CREDENTIAL + "2", "main"), factory)
                .session();
        ChatSession<String> otherChannel = registry.acquire(SessionKey.of("wss://a", CREDENTIAL, "other"), factory)
                .session();

        assertThat(List.of(base, otherServer, otherCredential, otherChannel)).doesNotHaveDuplicates();
        assertThat(registry.size()).isEqualTo(4);
        assertThat(created).allSatisfy(h -> assertThat(h.transport.openCount()).isEqualTo(1));
    }

    @Test
    void stopAllStopsEverySessionAndLaterReleasesAreHarmless() {
        SessionRegistry.Lease<String> a = registry.acquire(SessionKey.of("wss://a", CREDENTIAL, "x"), factory);
        SessionRegistry.Lease<String> b = registry.acquire(SessionKey.of("wss://b", CREDENTIAL, "x"), factory);

        registry.stopAll();

        assertThat(a.session().getState()).isEqualTo(SessionState.STOPPED);
        assertThat(b.session().getState()).isEqualTo(SessionState.STOPPED);
        assertThat(registry.size()).isZero();
        a.close();
        b.close();
        assertThat(registry.size()).isZero();
    }

    @Test
    void aLeaseFromBeforeStopAllCannotReleaseTheSessionThatReplacedIt() {
        SessionKey key = SessionKey.of("wss://a", CREDENTIAL, "x");
        SessionRegistry.Lease<String> old = registry.acquire(key, factory);
        registry.stopAll();
        SessionRegistry.Lease<String> fresh = registry.acquire(key, factory);

        old.close();

        assertThat(fresh.session()).isNotSameAs(old.session());
        assertThat(fresh.session().getState()).isEqualTo(SessionState.CONNECTING);
        assertThat(registry.size()).isEqualTo(1);
        fresh.close();
        assertThat(fresh.session().getState()).isEqualTo(SessionState.STOPPED);
    }

    @Test
    void aSessionKeyNeverShowsTheRawCredential() {
        SessionKey key = SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main");

        assertThat(key.toString()).doesNotContain(CREDENTIAL).doesNotContain(CREDENTIAL.substring(0, 8));
        assertThat(key.credentialFingerprint()).hasSize(16).matches("[0-9a-f]+");
        assertThat(key).isEqualTo(SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main"));
        assertThat(key).isNotEqualTo(SessionKey.of("wss://chat.test/v2", CREDENTIAL + "x", "main"));
        assertThat(key.hashCode()).isEqualTo(SessionKey.of("wss://chat.test/v2", CREDENTIAL, "main").hashCode());
    }

    @Test
    void missingCredentialOrChannelAreNormalised() {
        assertThat(SessionKey.of("wss://a", null, null)).isEqualTo(SessionKey.of("wss://a", "", ""));
        assertThat(SessionKey.of("wss://a", null, null).credentialFingerprint()).isEqualTo("-");
        assertThat(SessionKey.of("wss://a", null, null).channel()).isEmpty();
    }
}
