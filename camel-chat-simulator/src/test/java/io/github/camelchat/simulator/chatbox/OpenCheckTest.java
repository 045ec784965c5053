package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(60)
class OpenCheckTest {

    private ChatboxSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private TestClient.Close closeOf(String url) {
        try (TestClient client = TestClient.connect(url)) {
            TestClient.Close close = client.awaitClose();
            assertThat(client.allFrames()).as("RCC sends no packet before a reject").isEmpty();
            return close;
        }
    }

    private String root() {
        return "ws://127.0.0.1:" + sim.port();
    }

    @Test
    void badPathIsInvalidLicenseKey() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner");
        assertThat(closeOf(root() + "/v2/" + license.key() + "/extra"))
                .isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
        assertThat(closeOf(root() + "/v2/")).isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
        assertThat(closeOf(root() + "/v2/" + license.key() + "?x=1"))
                .as("Java-WebSocket matches the path with its query string")
                .isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
        assertThat(closeOf(root() + "/v2/not_a_key")).isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
    }

    @Test
    void keyThatIsNotAUuidIsInvalid() {
        sim = ChatboxSimulator.start();
        assertThat(closeOf(sim.baseUrl() + "/abc-def")).isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
        assertThat(closeOf(sim.baseUrl() + "/GUEST")).as("guest is case-sensitive")
                .isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
    }

    @Test
    void unknownLicenseKey() {
        sim = ChatboxSimulator.start();
        assertThat(closeOf(sim.baseUrl() + "/" + UUID.randomUUID()))
                .isEqualTo(new TestClient.Close(4002, "unknown_license_key"));
    }

    @Test
    void lookupFailureIsFatalErrorButOnlyAfterThePathChecks() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner");
        sim.setFailLicenseLookup(true);
        assertThat(closeOf(sim.url(license))).isEqualTo(new TestClient.Close(4006, "fatal_error"));
        assertThat(closeOf(sim.baseUrl() + "/" + UUID.randomUUID())).as("lookup comes before unknown")
                .isEqualTo(new TestClient.Close(4006, "fatal_error"));
        assertThat(closeOf(sim.baseUrl() + "/nope")).as("UUID check comes before lookup")
                .isEqualTo(new TestClient.Close(4003, "invalid_license_key"));
        sim.setFailLicenseLookup(false);
        try (TestClient client = TestClient.connect(sim.url(license))) {
            assertThat(client.nextOfType("hello").path("guest").asBoolean()).isFalse();
        }
    }

    @Test
    void switchCraftCodesForFatalError() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().closeCodes(CloseCodeSet.SWITCHCRAFT));
        License license = sim.addLicense("Owner");
        sim.setFailLicenseLookup(true);
        assertThat(closeOf(sim.url(license))).isEqualTo(new TestClient.Close(4100, "fatal_error"));
    }

    @Test
    void guestsOnlyFromTheAllowedAddressAndBeforeAnyOtherCheck() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.defaults().guestAllowedAddress("10.9.8.7"));
        sim.setFailLicenseLookup(true);
        assertThat(closeOf(sim.guestUrl())).isEqualTo(new TestClient.Close(4001, "external_guests_not_allowed"));
        sim.setFailLicenseLookup(false);
        try (TestClient viaProxy = TestClient.connect(sim.guestUrl(), Map.of("X-Forwarded-For", "10.9.8.7"))) {
            assertThat(viaProxy.nextOfType("hello").path("guest").asBoolean())
                    .as("RCC trusts X-Forwarded-For").isTrue();
        }
    }

    @Test
    void guestsFromLoopbackByDefaultAndRawRccPaths() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner");
        try (TestClient guest = TestClient.connect(sim.guestUrl());
             TestClient raw = TestClient.connect(root() + "/" + license.key().toUpperCase())) {
            assertThat(guest.nextOfType("hello").path("guest").asBoolean()).isTrue();
            JsonNode hello = raw.nextOfType("hello");
            assertThat(hello.path("guest").asBoolean()).isFalse();
            assertThat(hello.path("licenseOwner").asText()).isEqualTo("Owner");
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 2);
        }
    }

    @Test
    void connectionAttemptsCountRejectsToo() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner");
        closeOf(sim.baseUrl() + "/" + UUID.randomUUID());
        closeOf(sim.baseUrl() + "/bad");
        try (TestClient ok = TestClient.connect(sim.url(license))) {
            ok.greeted();
            assertThat(sim.connectionAttempts()).isEqualTo(3);
            assertThat(sim.openConnections()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.openConnections() == 0);
    }

    @Test
    void closingPacketOnlyWhenAskedFor() {
        sim = ChatboxSimulator.start(ChatboxSimulatorOptions.switchCraft());
        try (TestClient client = TestClient.connect(sim.baseUrl() + "/" + UUID.randomUUID())) {
            TestClient.Close close = client.awaitClose();
            assertThat(close).isEqualTo(new TestClient.Close(4002, "unknown_license_key"));
            assertThat(client.allFrames()).containsExactly("{\"ok\":false,\"type\":\"closing\","
                    + "\"closeReason\":\"unknown_license_key\","
                    + "\"reason\":\"Unknown license key. Get one with /chatbox license register\"}");
        }
    }

    @Test
    void revokedAndRegeneratedKeysCloseWith4005() {
        sim = ChatboxSimulator.start();
        License license = sim.addLicense("Owner");
        try (TestClient first = TestClient.connect(sim.url(license));
             TestClient second = TestClient.connect(sim.url(license))) {
            first.greeted();
            second.greeted();
            License fresh = sim.regenerateKey(license);
            assertThat(fresh.key()).isNotEqualTo(license.key());
            assertThat(first.awaitClose()).isEqualTo(new TestClient.Close(4005, "Your license key was invalidated"));
            assertThat(second.awaitClose()).isEqualTo(new TestClient.Close(4005, "Your license key was invalidated"));
            assertThat(closeOf(sim.url(license))).isEqualTo(new TestClient.Close(4002, "unknown_license_key"));
            try (TestClient third = TestClient.connect(sim.url(fresh))) {
                third.greeted();
                sim.revokeLicense(fresh);
                assertThat(third.awaitClose()).isEqualTo(new TestClient.Close(4005, "Your license key was invalidated"));
            }
        }
    }
}
