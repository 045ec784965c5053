package io.github.camelchat.simulator.chatbox;

import java.util.UUID;

import io.github.camelchat.simulator.OpenSockets;
import io.vertx.core.Future;

/**
 * The open sockets and every way RCC writes to them; the futures complete once flushed (see {@link OpenSockets}), so
 * the test API can wait for them. Loop-confined.
 */
final class Broadcaster extends OpenSockets<ChatboxConnection> {

    private final PacketWriter writer;
    private final LicenseBook licenses;

    Broadcaster(PacketWriter writer, LicenseBook licenses) {
        this.writer = writer;
        this.licenses = licenses;
    }

    boolean has(ChatboxConnection connection, Capability capability) {
        LicenseBook.Entry license = licenses.get(connection.licenseId);
        return license != null && license.has(capability);
    }

    Future<Void> send(ChatboxConnection connection, ServerPacket packet) {
        return sendText(connection, writer.write(packet));
    }

    /** RCC's broadcastEvent: every socket whose license has the capability, or every socket for null. */
    Future<Void> toCapability(ServerPacket packet, Capability capability) {
        return toAll(writer.write(packet), c -> capability == null || has(c, capability));
    }

    /** RCC's broadcastOwnerEvent: only sockets of licenses owned by that player. */
    Future<Void> toOwner(ServerPacket packet, Capability capability, UUID ownerId) {
        return toAll(writer.write(packet), c -> {
            LicenseBook.Entry license = licenses.get(c.licenseId);
            return license != null && license.ownerId.equals(ownerId) && license.has(capability);
        });
    }
}
