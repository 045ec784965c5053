package io.github.camelchat.simulator.hitbox;

import java.util.List;

import io.vertx.core.Future;

/**
 * Polls and raffles: started and ended by the test API, voted on by clients ({@code votePoll} or the newer
 * {@code voteMsg}, and {@code voteRaffle}; one vote per user). Raffle counts go to admins only. Loop-confined.
 */
final class Votes {

    private final World world;

    Votes(World world) {
        this.world = world;
    }

    Future<Void> startPoll(ChatRoom room, String question, List<String> choices) {
        room.poll = new Poll(question, choices, ChatPosting.DEFAULT_COLOR);
        return world.out().toRoom(room, world.messages().pollMsg(room.name, room.poll));
    }

    Future<Void> endPoll(ChatRoom room) {
        Poll poll = room.poll;
        if (poll == null) {
            return Future.succeededFuture();
        }
        poll.status = "ended";
        room.poll = null;
        return world.out().toRoom(room, world.messages().pollMsg(room.name, poll));
    }

    Future<Void> startRaffle(ChatRoom room, String question, List<String> choices) {
        room.raffle = new Poll(question, choices, ChatPosting.DEFAULT_COLOR);
        return raffleToAll(room, room.raffle);
    }

    Future<Void> endRaffle(ChatRoom room) {
        if (room.raffle == null) {
            return Future.succeededFuture();
        }
        room.raffle.status = "ended";
        return raffleToAll(room, room.raffle);
    }

    Future<Void> deleteRaffle(ChatRoom room) {
        room.raffle = null;
        return world.out().toRoom(room, world.messages().raffleDeleted(room.name));
    }

    private Future<Void> raffleToAll(ChatRoom room, Poll raffle) {
        Messages messages = world.messages();
        return Future.all(
                world.out().toRoom(room, messages.raffleMsg(room.name, raffle, false), c -> !admin(c)),
                world.out().toAdmins(room, messages.raffleMsg(room.name, raffle, true))).mapEmpty();
    }

    private static boolean admin(HitboxConnection c) {
        return c.member().role() == Role.ADMIN;
    }

    void votePoll(HitboxConnection c, ClientMessage m) {
        Member member = World.registered(c);
        Poll poll = c.joined() ? c.room.poll : null;
        if (member != null && poll != null && poll.vote(member.name(), m.number("choice", -1))) {
            world.out().toRoom(c.room, world.messages().pollMsg(c.room.name, poll));
        }
    }

    void voteRaffle(HitboxConnection c, ClientMessage m) {
        Member member = World.registered(c);
        Poll raffle = c.joined() ? c.room.raffle : null;
        if (member != null && raffle != null && raffle.vote(member.name(), m.number("choice", -1))) {
            world.out().toAdmins(c.room, world.messages().raffleMsg(c.room.name, raffle, true));
        }
    }
}
