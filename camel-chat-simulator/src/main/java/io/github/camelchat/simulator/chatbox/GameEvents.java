package io.github.camelchat.simulator.chatbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vertx.core.Future;

/**
 * What happens in game, turned into packets as RCC's listeners do ({@code ChatboxEvents}, {@code SolsticeEvents},
 * {@code DiscordEvents}). Loop-confined.
 */
final class GameEvents {

    private static final String PUBLIC_PREFIXES = "\\";
    private static final String OWNER_PREFIXES = "^|";

    private final PlayerDirectory players;
    private final WireUsers users;
    private final Broadcaster out;
    private final ChatboxSimulatorOptions options;
    private final AtomicLong discordMessageIds = new AtomicLong(1_200_000_000_000_000_000L);

    GameEvents(PlayerDirectory players, WireUsers users, Broadcaster out, ChatboxSimulatorOptions options) {
        this.players = players;
        this.users = users;
        this.out = out;
        this.options = options;
    }

    /** The join event, then a players packet that RCC builds from the online list plus the joiner. */
    Future<Void> join(Player player) {
        Player p = players.current(player);
        players.setOnline(p.uuid(), true);
        Future<Void> event = out.toCapability(new Events.Join(users.online(p), WireTime.now()), Capability.READ);
        List<Player> list = players.online();
        if (options.joinerListedTwice()) {
            list.add(p);
        }
        return Future.all(event, out.toCapability(playersPacket(list), Capability.READ)).mapEmpty();
    }

    /** The leave event, then a players packet without the leaver. */
    Future<Void> leave(Player player) {
        Player p = players.current(player);
        Future<Void> event = out.toCapability(new Events.Leave(users.online(p), WireTime.now()), Capability.READ);
        players.setOnline(p.uuid(), false);
        return Future.all(event, out.toCapability(playersPacket(players.online()), Capability.READ)).mapEmpty();
    }

    Packets.Players playersPacket(List<Player> list) {
        List<WireUsers.User> objects = new ArrayList<>(list.size());
        for (Player p : list) {
            objects.add(users.onlineWithDiscord(p));
        }
        return new Packets.Players(WireTime.now(), objects);
    }

    /** Chat starting with a command prefix becomes a command event and never chat_ingame. */
    Future<Void> chat(Player player, String text) {
        Player p = players.current(player);
        if (!text.isEmpty()) {
            char prefix = text.charAt(0);
            boolean ownerOnly = OWNER_PREFIXES.indexOf(prefix) >= 0;
            if (ownerOnly || PUBLIC_PREFIXES.indexOf(prefix) >= 0) {
                return command(p, text, ownerOnly);
            }
        }
        String plain = TextFormatting.markdownPlain(text);
        Events.ChatIngame event = new Events.ChatIngame(plain, text,
                JsonNodeFactory.instance.objectNode().put("text", plain), users.online(p), WireTime.now());
        return out.toCapability(event, Capability.READ);
    }

    private Future<Void> command(Player p, String text, boolean ownerOnly) {
        String[] tokens = text.split(" +");
        if (tokens.length == 0) {
            return Future.succeededFuture();
        }
        Events.Command event = new Events.Command(users.online(p), tokens[0].substring(1),
                Arrays.asList(tokens).subList(1, tokens.length), ownerOnly, WireTime.now());
        return ownerOnly
                ? out.toOwner(event, Capability.COMMAND, p.uuid())
                : out.toCapability(event, Capability.COMMAND);
    }

    Future<Void> discordChat(DiscordUser user, String text, boolean edited) {
        String plain = TextFormatting.markdownPlain(text);
        Events.ChatDiscord event = new Events.ChatDiscord(plain, text,
                JsonNodeFactory.instance.objectNode().put("text", plain),
                Long.toString(discordMessageIds.incrementAndGet()), users.discord(user, true), edited, WireTime.now());
        return out.toCapability(event, Capability.READ);
    }

    /** {@code source} is only set when a player killed. */
    Future<Void> death(Player player, Player killer, String text) {
        Player p = players.current(player);
        String message = text != null ? text : p.name() + " died";
        Events.Death event = new Events.Death(message, message,
                JsonNodeFactory.instance.objectNode().put("text", message), users.online(p),
                killer == null ? null : users.online(players.current(killer)), WireTime.now());
        return out.toCapability(event, Capability.READ);
    }

    /** The user object already shows the destination world, as RCC reads it after the move. */
    Future<Void> worldChange(Player player, String origin, String destination) {
        Player p = players.update(player, old -> old.withWorld(destination));
        return out.toCapability(new Events.WorldChange(users.online(p), origin, destination, WireTime.now()),
                Capability.READ);
    }

    Future<Void> afk(Player player) {
        Player p = players.update(player, old -> old.withAfk(true));
        return out.toCapability(new Events.Afk("afk", users.online(p), WireTime.now()), Capability.READ);
    }

    Future<Void> afkReturn(Player player) {
        Player p = players.update(player, old -> old.withAfk(false));
        String event = options.has(Quirk.AFK_RETURN_AS_AFK) ? "afk" : "afk_return";
        return out.toCapability(new Events.Afk(event, users.online(p), WireTime.now()), Capability.READ);
    }
}
