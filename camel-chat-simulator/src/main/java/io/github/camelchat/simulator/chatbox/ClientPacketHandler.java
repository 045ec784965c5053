package io.github.camelchat.simulator.chatbox;

import java.util.Optional;
import java.util.Set;

import io.vertx.core.Future;

/**
 * A client frame from validation to reply: RCC's say/tell handlers ({@code ClientPacketsHandler.register}). A valid
 * message is rendered, a tell target must be online right now, and the reply is always immediate: message_queued,
 * rate_limited or an error. Loop-confined.
 */
final class ClientPacketHandler {

    private final ClientPacketValidator validator;
    private final LicenseBook licenses;
    private final PlayerDirectory players;
    private final MessageQueues queues;
    private final Broadcaster out;

    ClientPacketHandler(ClientPacketValidator validator, LicenseBook licenses, PlayerDirectory players,
                        MessageQueues queues, Broadcaster out) {
        this.validator = validator;
        this.licenses = licenses;
        this.players = players;
        this.queues = queues;
        this.out = out;
    }

    Future<Void> handle(ChatboxConnection connection, String frame) {
        LicenseBook.Entry license = licenses.get(connection.licenseId);
        Set<Capability> capabilities = license == null ? Set.of() : license.capabilities;
        ClientPacketValidator.Outcome outcome = validator.validate(frame, capabilities);
        if (outcome instanceof ClientPacketValidator.Reject reject) {
            return out.send(connection, Packets.Error.of(reject.error(), reject.id()));
        }
        if (outcome instanceof ClientPacketValidator.Accept accept) {
            return accept(connection, license, accept);
        }
        return Future.succeededFuture();
    }

    private Future<Void> accept(ChatboxConnection connection, LicenseBook.Entry license,
                                ClientPacketValidator.Accept message) {
        Player target = null;
        if (ClientPacketValidator.TELL.equals(message.type())) {
            Optional<Player> online = players.findOnline(message.user());
            if (online.isEmpty()) {
                return out.send(connection, Packets.Error.of(ClientError.UNKNOWN_USER, message.id()));
            }
            target = online.get();
        }
        Player owner = players.get(license.ownerId);
        String name = message.name() != null ? message.name() : owner == null ? "guest" : owner.displayName();
        MessageQueues.Queued queued = new MessageQueues.Queued(connection, message.id(), message.type(),
                message.text(), message.name(), TextFormatting.plainLabel(name),
                TextFormatting.plain(message.text(), message.mode()),
                TextFormatting.rendered(message.text(), message.mode()), message.mode(), target);
        ServerPacket reply = queues.offer(license.id, queued)
                ? new Packets.Success(Packets.Success.MESSAGE_QUEUED, message.id())
                : Packets.Error.of(ClientError.RATE_LIMITED, message.id());
        return out.send(connection, reply);
    }
}
