package io.github.camelchat.simulator.chatbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.camelchat.simulator.SimulatorLoop;
import io.vertx.core.Future;

/**
 * RCC's fixed-rate queue tick: one message per license per tick is delivered in game, then acknowledged with
 * message_sent. A say is echoed as chat_chatbox to every read socket (the sender's too) before its message_sent;
 * a tell whose target has gone offline gets unknown_user and then still message_sent. Loop-confined.
 */
final class DeliveryTicker {

    private final SimulatorLoop loop;
    private final MessageQueues queues;
    private final Broadcaster out;
    private final PlayerDirectory players;
    private final LicenseBook licenses;
    private final WireUsers users;
    private final Records records;
    private long timerId = -1;

    DeliveryTicker(SimulatorLoop loop, MessageQueues queues, Broadcaster out, PlayerDirectory players,
                   LicenseBook licenses, WireUsers users, Records records) {
        this.loop = loop;
        this.queues = queues;
        this.out = out;
        this.players = players;
        this.licenses = licenses;
        this.users = users;
        this.records = records;
    }

    void start(Duration period) {
        stop();
        timerId = loop.vertx().setPeriodic(Math.max(1, period.toMillis()), id -> tick());
    }

    void stop() {
        if (timerId >= 0) {
            loop.vertx().cancelTimer(timerId);
            timerId = -1;
        }
    }

    Future<Void> tick() {
        List<Future<Void>> writes = new ArrayList<>();
        for (MessageQueues.Queued message : queues.takeHeads()) {
            if (ClientPacketValidator.SAY.equals(message.type())) {
                writes.add(deliverSay(message));
            } else {
                writes.add(deliverTell(message));
            }
            writes.add(out.send(message.origin(), new Packets.Success(Packets.Success.MESSAGE_SENT, message.id())));
        }
        return Future.all(writes).mapEmpty();
    }

    private Future<Void> deliverSay(MessageQueues.Queued message) {
        records.delivered(delivery(message, null), null);
        LicenseBook.Entry license = licenses.get(message.origin().licenseId);
        WireUsers.User owner = license == null ? null : license.ownerUser;
        if (owner == null && license != null && players.get(license.ownerId) != null) {
            owner = users.offline(players.get(license.ownerId), true);
        }
        String rawName = message.rawName() != null ? message.rawName() : message.label();
        Events.ChatChatbox event = new Events.ChatChatbox(message.content(), message.rawText(), message.rendered(),
                owner, message.label(), rawName, WireTime.now());
        return out.toCapability(event, Capability.READ);
    }

    private Future<Void> deliverTell(MessageQueues.Queued message) {
        Player target = message.target();
        if (!players.isOnline(target.uuid())) {
            return out.send(message.origin(), Packets.Error.of(ClientError.UNKNOWN_USER, message.id()));
        }
        records.delivered(delivery(message, target.name()), target);
        return Future.succeededFuture();
    }

    private static Delivery delivery(MessageQueues.Queued message, String user) {
        return new Delivery(message.origin().licenseId.toString(), message.type(), user, message.label(),
                message.content(), message.rawText(), message.mode());
    }
}
