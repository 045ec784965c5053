package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.github.camelchat.simulator.ChatSimulator;
import io.github.camelchat.simulator.FaultSwitches;
import io.github.camelchat.simulator.ProtocolKeepAlive;
import io.github.camelchat.simulator.SimulatorServer;
import io.vertx.core.Future;

/**
 * A chatbox v2 server that behaves like ReconnectedCC's rcc-chatbox, quirks included, on 127.0.0.1.
 *
 * <p>Stopping ({@link #close()}, {@link #restart}) closes every socket with 4000 "Server is restarting, please
 * reconnect in a few minutes" (no packet) and forgets the message queues and a scheduled restart; licenses and
 * players survive a restart.
 *
 * <p>Every method may be called from any thread. State lives on one Vert.x event loop; methods that make the server
 * send something return once those frames are flushed to the sockets.
 */
public final class ChatboxSimulator extends ChatSimulator {

    private final ChatboxSimulatorOptions options;
    private final FaultSwitches faults = new FaultSwitches();
    private final LicenseBook licenses = new LicenseBook();
    private final PlayerDirectory players = new PlayerDirectory();
    private final Records records = new Records();
    private final MessageQueues queues;
    private final Broadcaster out;
    private final GameEvents events;
    private final RestartSchedule restarts;
    private final DeliveryTicker ticker;
    private final ProtocolKeepAlive keepAlive;
    private final ChatboxServer server;
    private long pingTimer = -1;

    private ChatboxSimulator(ChatboxSimulatorOptions options) {
        this.options = options;
        PacketWriter writer = new PacketWriter();
        WireUsers users = new WireUsers(players::get);
        this.queues = new MessageQueues(options.queueCapacity());
        this.out = new Broadcaster(writer, licenses);
        this.events = new GameEvents(players, users, out, options);
        this.restarts = new RestartSchedule(loop, out, options, () -> restartOnLoop(options.scheduledRestartDowntime()));
        this.ticker = new DeliveryTicker(loop, queues, out, players, licenses, users, records);
        this.keepAlive = new ProtocolKeepAlive(loop, faults, options.webSocketPingInterval(), options.pongTimeout());
        ClientPacketHandler packets = new ClientPacketHandler(
                new ClientPacketValidator(options.maxTextLength(), options.maxNameLength()),
                licenses, players, queues, out);
        Greeter greeter = new Greeter(players, users, out, events, restarts, options.helloFirst());
        this.server = new ChatboxServer(loop, options, faults, new OpenCheck(licenses, options.guestAllowedAddress()),
                greeter, packets, out, writer, records, keepAlive, () -> {
                    queues.clear();
                    restarts.clear();
                });
    }

    /** Starts with the RCC defaults on a free port. */
    public static ChatboxSimulator start() {
        return start(ChatboxSimulatorOptions.defaults());
    }

    public static ChatboxSimulator start(ChatboxSimulatorOptions options) {
        return started(new ChatboxSimulator(options.copy()));
    }

    @Override
    protected SimulatorServer<?> server() {
        return server;
    }

    @Override
    protected FaultSwitches faults() {
        return faults;
    }

    @Override
    protected Future<Integer> startOnLoop() {
        ticker.start(options.tick());
        keepAlive.start();
        pingTimer = loop.vertx().setPeriodic(Math.max(1, options.pingPacketInterval().toMillis()),
                id -> out.toCapability(new Packets.Ping(), null));
        return super.startOnLoop();
    }

    @Override
    protected Future<Void> stopOnLoop() {
        ticker.stop();
        keepAlive.stop();
        if (pingTimer >= 0) {
            loop.vertx().cancelTimer(pingTimer);
        }
        return super.stopOnLoop();
    }

    // ---------------------------------------------------------------- addresses

    /** {@code ws://127.0.0.1:<port>/v2} ({@code wss://} with TLS): append {@code /<key>} or {@code /guest}. */
    public String baseUrl() {
        return listener().webSocketScheme() + "://" + options.host() + ":" + port() + "/v2";
    }

    public String url(License license) {
        return baseUrl() + "/" + license.key();
    }

    public String guestUrl() {
        return baseUrl() + "/guest";
    }

    /** A copy of the options this simulator runs with. */
    public ChatboxSimulatorOptions options() {
        return options.copy();
    }

    // ---------------------------------------------------------------- licenses

    /** A new license with a random key; no capabilities given means RCC's default (tell, read, command). */
    public License addLicense(String ownerName, Capability... capabilities) {
        return addLicense(player(ownerName), capabilities);
    }

    public License addLicense(Player owner, Capability... capabilities) {
        Set<Capability> set = capabilities.length == 0 ? Capability.RCC_DEFAULT : EnumSet.copyOf(List.of(capabilities));
        return loop.call(() -> {
            Player current = players.current(owner);
            return toLicense(licenses.add(current.uuid(), set));
        });
    }

    /** The license with this key, or null. */
    public License license(String key) {
        UUID id = PlayerDirectory.parseUuid(key);
        return id == null ? null : loop.call(() -> toLicense(licenses.get(id)));
    }

    /** Changes capabilities in place; open sockets see the change at once (no new hello), as on RCC. */
    public License setCapabilities(License license, Capability... capabilities) {
        Set<Capability> set = capabilities.length == 0 ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(List.of(capabilities));
        return loop.call(() -> {
            LicenseBook.Entry entry = requireLicense(license);
            entry.capabilities = Set.copyOf(set);
            return toLicense(entry);
        });
    }

    /** Deletes the license and closes its sockets with 4005. */
    public void revokeLicense(License license) {
        loop.await(() -> {
            LicenseBook.Entry entry = licenses.remove(license.uuid());
            return entry == null ? Future.succeededFuture() : server.closeLicense(entry.id, CloseReason.CHANGED_LICENSE_KEY);
        });
    }

    /** Gives the license a new key (same owner and capabilities) and closes the old key's sockets with 4005. */
    public License regenerateKey(License license) {
        return loop.await(() -> {
            LicenseBook.Entry fresh = licenses.regenerate(license.uuid());
            if (fresh == null) {
                throw new IllegalArgumentException("unknown license " + license.key());
            }
            return server.closeLicense(license.uuid(), CloseReason.CHANGED_LICENSE_KEY).map(v -> toLicense(fresh));
        });
    }

    private LicenseBook.Entry requireLicense(License license) {
        LicenseBook.Entry entry = licenses.get(license.uuid());
        if (entry == null) {
            throw new IllegalArgumentException("unknown license " + license.key());
        }
        return entry;
    }

    private License toLicense(LicenseBook.Entry entry) {
        return entry == null ? null : new License(entry.id.toString(), players.get(entry.ownerId), entry.capabilities);
    }

    // ---------------------------------------------------------------- players and game events

    /** The player of that name, created (offline) with a stable UUID on first use. */
    public Player player(String name) {
        return loop.call(() -> players.named(name));
    }

    /** Replaces a player's state (display name, group, pronouns, linked Discord user...). */
    public Player updatePlayer(Player player) {
        return loop.call(() -> players.put(player));
    }

    public List<Player> onlinePlayers() {
        return loop.call(players::online);
    }

    public void join(Player player) {
        send(() -> events.join(player));
    }

    public void leave(Player player) {
        send(() -> events.leave(player));
    }

    /** Public chat; text starting with {@code \}, {@code ^} or {@code |} becomes a command event instead. */
    public void chat(Player player, String text) {
        send(() -> events.chat(player, text));
    }

    public void discordChat(String discordName, String text) {
        discordChat(DiscordUser.named(discordName), text, false);
    }

    public void discordChat(DiscordUser user, String text, boolean edited) {
        send(() -> events.discordChat(user, text, edited));
    }

    /** @param text the death message, or null for "<name> died" */
    public void death(Player player, Player killerOrNull, String text) {
        send(() -> events.death(player, killerOrNull, text));
    }

    public void worldChange(Player player, String origin, String destination) {
        send(() -> events.worldChange(player, origin, destination));
    }

    public void afk(Player player) {
        send(() -> events.afk(player));
    }

    public void afkReturn(Player player) {
        send(() -> events.afkReturn(player));
    }

    /** @param restartType "automatic" or "manual" */
    public void scheduleRestart(String restartType, int seconds) {
        send(() -> restarts.schedule(restartType, seconds));
    }

    public void cancelRestart() {
        send(restarts::cancel);
    }

    // ---------------------------------------------------------------- raw frames and faults

    /** Closes every socket as the server would for this reason (code set and closing packet per the options). */
    public void closeAll(CloseReason reason) {
        send(() -> server.closeAll(reason));
    }

    public void setTick(Duration tick) {
        Objects.requireNonNull(tick);
        loop.call(() -> {
            ticker.start(tick);
            return null;
        });
    }

    /** Runs one delivery tick now, whatever the period (handy with a very long tick). */
    public void tickNow() {
        send(ticker::tick);
    }

    public void setQueueCapacity(int capacity) {
        loop.call(() -> {
            queues.capacity(capacity);
            return null;
        });
    }

    /** On: every non-guest connect fails as if the license store threw (4006, or 4100 with SwitchCraft codes). */
    public void setFailLicenseLookup(boolean fail) {
        licenses.failLookups(fail);
    }

    // ---------------------------------------------------------------- what happened

    /** Every text frame that sockets of this license (or {@code guest}) sent, in order. */
    public List<String> received(String licenseKey) {
        return records.received(licenseKey);
    }

    public List<String> received(License license) {
        return records.received(license.key());
    }

    /** Every say and tell the tick delivered, as chat lines ({@code [CB] name: text}, {@code [CB PM] ...}). */
    public List<String> delivered() {
        return records.deliveries().stream().map(Delivery::line).toList();
    }

    public List<Delivery> deliveries() {
        return records.deliveries();
    }

    /** The private messages (tells) a player received, as chat lines. */
    public List<String> inbox(Player player) {
        return records.inbox(player.uuid());
    }

    /** Forgets received frames, deliveries and inboxes (licenses and players stay). */
    public void clearRecords() {
        records.clear();
    }
}
