package io.github.camelchat.simulator.chatbox;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Our Jackson output must be what RCC's {@code new Gson()} writes, byte for byte. */
@Timeout(60)
class WireFormatTest {

    private static final Gson GSON = new Gson();
    private static final String NASTY = "<b>a & b = 'c' \"q\" \\ / \t\n\r\b\f \u0001\u001f \u007f é ✓ 😀 \u2028\u2029 </b>";

    private final PacketWriter writer = new PacketWriter();

    private static RccReplicas.User replicaUser(Player p) {
        RccReplicas.User u = new RccReplicas.User();
        u.name = p.name();
        u.uuid = p.uuid().toString();
        u.displayName = p.displayName();
        u.group = p.group();
        u.pronouns = p.pronouns();
        u.world = p.world();
        u.afk = p.afk();
        u.supporter = p.supporter();
        return u;
    }

    @Test
    void errorPacket() {
        String ours = writer.write(Packets.Error.of(ClientError.RATE_LIMITED, 7));
        assertThat(ours).isEqualTo(GSON.toJson(new RccReplicas.ErrorPacket("rate_limited", "You got rate limited.", 7)));
        assertThat(ours).isEqualTo(
                "{\"error\":\"rate_limited\",\"message\":\"You got rate limited.\",\"id\":7,\"ok\":false,\"type\":\"error\"}");
        assertThat(writer.write(Packets.Error.of(ClientError.MISSING_CAPABILITY, -1)))
                .as("the apostrophe is escaped too")
                .contains("\"You don\\u0027t have the required capability to run this.\"");
    }

    @Test
    void successAndPing() {
        assertThat(writer.write(new Packets.Success("message_queued", 3)))
                .isEqualTo(GSON.toJson(new RccReplicas.SuccessPacket("message_queued", 3)));
        assertThat(writer.write(new Packets.Ping()))
                .isEqualTo(GSON.toJson(new RccReplicas.PingPacket()))
                .isEqualTo("{\"id\":-1,\"ok\":true,\"type\":\"ping\"}");
    }

    @Test
    void helloWithOwner() {
        Player owner = Player.named("Ow<n>er").withPronouns("he/they");
        WireUsers users = new WireUsers(u -> null);
        String ours = writer.write(new Packets.Hello(false, owner.displayName(), users.online(owner),
                List.of("tell", "read")));
        RccReplicas.HelloPacket hello = new RccReplicas.HelloPacket();
        hello.licenseOwner = owner.displayName();
        hello.licenseOwnerUser = replicaUser(owner);
        hello.capabilities = new String[] {"tell", "read"};
        assertThat(ours).isEqualTo(GSON.toJson(hello));
    }

    @Test
    void chatboxEventWithNastyText() {
        Player owner = Player.named("Owner");
        WireUsers users = new WireUsers(u -> null);
        String ours = writer.write(new Events.ChatChatbox(NASTY, NASTY,
                JsonNodeFactory.instance.objectNode().put("text", NASTY), users.online(owner), "n=1", "&an=1",
                "2024-01-02T03:04:05.678Z"));
        RccReplicas.ChatboxChatEvent event = new RccReplicas.ChatboxChatEvent();
        event.text = NASTY;
        event.rawText = NASTY;
        JsonObject rendered = new JsonObject();
        rendered.addProperty("text", NASTY);
        event.renderedText = rendered;
        event.user = replicaUser(owner);
        event.name = "n=1";
        event.rawName = "&an=1";
        event.time = "2024-01-02T03:04:05.678Z";
        assertThat(ours).isEqualTo(GSON.toJson(event));
        assertThat(ours).endsWith("\"event\":\"chat_chatbox\",\"id\":-1,\"ok\":true,\"type\":\"event\"}");
        assertThat(ours).contains("\\u003cb\\u003ea \\u0026 b \\u003d \\u0027c\\u0027");
    }

    @Test
    void deathWithAndWithoutSource() {
        Player victim = Player.named("Victim");
        Player killer = Player.named("Killer");
        WireUsers users = new WireUsers(u -> null);
        for (Player source : new Player[] {null, killer}) {
            String ours = writer.write(new Events.Death("x", "x", JsonNodeFactory.instance.objectNode().put("text", "x"),
                    users.online(victim), source == null ? null : users.online(source), "t"));
            RccReplicas.DeathEvent death = new RccReplicas.DeathEvent();
            death.text = "x";
            death.rawText = "x";
            JsonObject rendered = new JsonObject();
            rendered.addProperty("text", "x");
            death.renderedText = rendered;
            death.user = replicaUser(victim);
            death.source = source == null ? null : replicaUser(source);
            death.time = "t";
            assertThat(ours).isEqualTo(GSON.toJson(death));
        }
    }

    @Test
    void discordEventWithLinkedPlayer() {
        Player linked = Player.named("Linked");
        DiscordUser discord = DiscordUser.named("remi").withLinkedPlayer(linked.uuid())
                .withRoles(List.of(new DiscordRole("1", "Admin", 15158332)));
        WireUsers users = new WireUsers(u -> u.equals(linked.uuid()) ? linked : null);
        String ours = writer.write(new Events.ChatDiscord("hi", "hi", JsonNodeFactory.instance.objectNode()
                .put("text", "hi"), "42", users.discord(discord, true), true, "t"));
        RccReplicas.DiscordChatEvent event = new RccReplicas.DiscordChatEvent();
        event.text = "hi";
        event.rawText = "hi";
        JsonObject rendered = new JsonObject();
        rendered.addProperty("text", "hi");
        event.renderedText = rendered;
        event.discordId = "42";
        RccReplicas.DiscordUser du = new RccReplicas.DiscordUser();
        du.id = discord.id();
        du.name = "remi";
        du.displayName = "remi";
        du.discriminator = "0";
        RccReplicas.DiscordRole role = new RccReplicas.DiscordRole();
        role.id = "1";
        role.name = "Admin";
        role.colour = 15158332;
        du.roles = new RccReplicas.DiscordRole[] {role};
        RccReplicas.User lu = replicaUser(linked);
        lu.world = null;
        du.linkedUser = lu;
        event.discordUser = du;
        event.edited = true;
        event.time = "t";
        assertThat(ours).isEqualTo(GSON.toJson(event));
        assertThat(ours).contains("\"id\":\"" + discord.id() + "\"");
    }

    // ------------------------------------------------------------------ client frames, compared with Gson

    /** What RCC does with a frame, derived from what Gson throws or returns (WsServer.onMessage). */
    private static String rcc(String frame) {
        RccReplicas.ClientPacketBase base;
        try {
            base = GSON.fromJson(frame, RccReplicas.ClientPacketBase.class);
        } catch (RuntimeException e) {
            return "unknown_error/-1";
        }
        if (base == null) {
            return "unknown_error/-1";
        }
        int id = base.id != null ? base.id : -1;
        String type = base.type == null ? "unknown" : base.type;
        try {
            if (type.equals("say")) {
                RccReplicas.SayPacket say = GSON.fromJson(frame, RccReplicas.SayPacket.class);
                return "say/" + id + "/" + say.text + "/" + say.name + "/" + say.mode;
            }
            if (type.equals("tell")) {
                RccReplicas.TellPacket tell = GSON.fromJson(frame, RccReplicas.TellPacket.class);
                return "tell/" + id + "/" + tell.user + "/" + tell.text + "/" + tell.name + "/" + tell.mode;
            }
        } catch (RuntimeException e) {
            return "ignored";
        }
        return "unknown_type/" + id;
    }

    private static String ours(String frame) {
        ClientFrameReader reader = new ClientFrameReader();
        var fields = reader.read(frame);
        if (fields == null) {
            return "unknown_error/-1";
        }
        try {
            String type = ClientFrameReader.asGsonString(fields.get("type"));
            Integer given = ClientFrameReader.asGsonInteger(fields.get("id"));
            int id = given == null ? -1 : given;
            type = type == null ? "unknown" : type;
            try {
                if (type.equals("say")) {
                    return "say/" + id + "/" + ClientFrameReader.asGsonString(fields.get("text")) + "/"
                            + ClientFrameReader.asGsonString(fields.get("name")) + "/"
                            + ClientFrameReader.asGsonString(fields.get("mode"));
                }
                if (type.equals("tell")) {
                    return "tell/" + id + "/" + ClientFrameReader.asGsonString(fields.get("user")) + "/"
                            + ClientFrameReader.asGsonString(fields.get("text")) + "/"
                            + ClientFrameReader.asGsonString(fields.get("name")) + "/"
                            + ClientFrameReader.asGsonString(fields.get("mode"));
                }
            } catch (ClientFrameReader.GsonMismatch e) {
                return "ignored";
            }
            return "unknown_type/" + id;
        } catch (ClientFrameReader.GsonMismatch e) {
            return "unknown_error/-1";
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "null", "[]", "[1]", "\"say\"", "42", "true", "{", "{}", "{} {}", "{}x",
            "{\"type\":\"say\",\"text\":\"hi\"}", "{\"type\":\"say\",\"text\":\"hi\",\"id\":5}",
            "{\"type\":\"say\",\"id\":\"7\",\"text\":\"x\"}", "{\"type\":\"say\",\"id\":\"7.0\",\"text\":\"x\"}",
            "{\"type\":\"say\",\"id\":1.0,\"text\":\"x\"}", "{\"type\":\"say\",\"id\":1.5,\"text\":\"x\"}",
            "{\"type\":\"say\",\"id\":1e2,\"text\":\"x\"}", "{\"type\":\"say\",\"id\":-0,\"text\":\"x\"}",
            "{\"type\":\"say\",\"id\":2147483648,\"text\":\"x\"}", "{\"type\":\"say\",\"id\":-2147483648}",
            "{\"type\":\"say\",\"id\":true}", "{\"type\":\"say\",\"id\":\"abc\"}", "{\"type\":\"say\",\"id\":{}}",
            "{\"type\":\"say\",\"id\":[1]}", "{\"type\":\"say\",\"id\":null}", "{\"type\":\"say\",\"id\":\" 7 \"}",
            "{\"type\":{}}", "{\"type\":[\"say\"]}", "{\"type\":5}", "{\"type\":true}", "{\"type\":null,\"id\":3}",
            "{\"id\":3}", "{\"type\":\"ping\"}", "{\"type\":\"SAY\"}",
            "{\"type\":\"say\",\"text\":{\"a\":1}}", "{\"type\":\"say\",\"text\":[]}", "{\"type\":\"say\",\"name\":{}}",
            "{\"type\":\"say\",\"mode\":[]}", "{\"type\":\"say\",\"user\":{}}", "{\"type\":\"tell\",\"user\":{}}",
            "{\"type\":\"say\",\"text\":12.50}", "{\"type\":\"say\",\"text\":true}", "{\"type\":\"say\",\"text\":null}",
            "{\"type\":\"tell\",\"user\":123,\"text\":\"x\"}", "{\"type\":\"say\",\"text\":\"a\",\"text\":\"b\"}",
            "{'type':'say','text':'single'}", "{type:\"say\",text:\"unquoted names\"}",
            "// comment\n{\"type\":\"say\",\"text\":\"x\"}", "{\"type\":\"say\",\"text\":\"x\",}",
            "{\"type\":\"say\",\"text\":\"\\u00e9\\n\"}", "{\"type\":\"say\",\"id\":NaN}",
            "{\"type\":\"say\",\"extra\":{\"deep\":[1,{\"x\":null}]},\"text\":\"x\"}"})
    void clientFramesAreReadAsGsonReadsThem(String frame) {
        assertThat(ours(frame)).isEqualTo(rcc(frame));
    }

    /** Guards the comparison above against both sides agreeing on nonsense. */
    @Test
    void gsonReferenceBehavesAsTheWireNotesSay() {
        assertThat(rcc("{\"type\":\"say\",\"id\":\"7\",\"text\":\"x\"}")).isEqualTo("say/7/x/null/null");
        assertThat(rcc("{\"type\":\"say\",\"id\":1.5}")).isEqualTo("unknown_error/-1");
        assertThat(rcc("{\"type\":{}}")).isEqualTo("unknown_error/-1");
        assertThat(rcc("{\"id\":4}")).isEqualTo("unknown_type/4");
        assertThat(rcc("{\"type\":\"say\",\"text\":{}}")).isEqualTo("ignored");
        assertThat(rcc("{\"type\":\"say\",\"text\":12.50}")).isEqualTo("say/-1/12.50/null/null");
        assertThat(rcc("{'type':'say','text':'single'}")).isEqualTo("say/-1/single/null/null");
    }

    @Test
    void validatorOrderWithAllCapabilities() {
        ClientPacketValidator validator = new ClientPacketValidator(1024, 64);
        var all = EnumSet.allOf(Capability.class);
        assertThat(validator.validate("{\"type\":\"tell\",\"id\":1}", EnumSet.of(Capability.SAY)))
                .isEqualTo(new ClientPacketValidator.Reject(ClientError.MISSING_CAPABILITY, 1));
        assertThat(validator.validate("{\"type\":\"tell\",\"id\":1}", all))
                .isEqualTo(new ClientPacketValidator.Reject(ClientError.MISSING_USER, 1));
        assertThat(validator.validate("{\"type\":\"tell\",\"user\":\"x\",\"id\":1,\"mode\":\"bad\"}", all))
                .isEqualTo(new ClientPacketValidator.Reject(ClientError.MISSING_TEXT, 1));
        assertThat(validator.validate("{\"type\":\"say\",\"text\":\"x\",\"id\":1,\"mode\":\"bad\"}", all))
                .isEqualTo(new ClientPacketValidator.Reject(ClientError.INVALID_MODE, 1));
        assertThat(validator.validate("{\"type\":\"say\",\"text\":\"x\",\"name\":\"  a\\nb  \"}", all))
                .isEqualTo(new ClientPacketValidator.Accept("say", -1, "x", "ab", "markdown", null));
        assertThat(validator.validate("{\"type\":\"say\",\"text\":{}}", EnumSet.noneOf(Capability.class)))
                .as("the typed parse fails before the capability check").isInstanceOf(ClientPacketValidator.Ignore.class);
        String longText = "x".repeat(2000);
        var accepted = (ClientPacketValidator.Accept) validator.validate(
                "{\"type\":\"tell\",\"user\":\"" + UUID.randomUUID() + "\",\"text\":\"" + longText + "\",\"name\":\""
                        + "n".repeat(100) + "\"}", all);
        assertThat(accepted.text()).hasSize(1024);
        assertThat(accepted.name()).hasSize(64);
    }
}
